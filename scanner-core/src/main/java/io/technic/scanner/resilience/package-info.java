/** Resilience building blocks shared by the Redis cache tier and the remote shard client: circuit breaker. */
package io.technic.scanner.resilience;
