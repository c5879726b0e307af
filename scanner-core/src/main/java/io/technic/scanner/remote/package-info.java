/**
 * Remote offload: the execution policy, the shard client (OkHttp) that fans a scan's per-symbol
 * stages out to workers and merges them, the wire format (strictly validated JSON requests,
 * checksummed binary responses, no Java serialization), HMAC request signing, and the worker's
 * request handler shared by the HTTP worker and the Lambda function.
 */
package io.technic.scanner.remote;
