/**
 * The Polygon (Massive) REST provider over OkHttp: {@link io.technic.scanner.data.polygon.PolygonClient}
 * (grouped daily aggregates, ticker reference data, the full-market snapshot; rate limits,
 * {@code Retry-After}, jittered backoff), {@link io.technic.scanner.data.polygon.PolygonSync} (one
 * request per missing trading day into the local bar store, resumable) and
 * {@link io.technic.scanner.data.polygon.PolygonLiveSource} (the store's history plus today's
 * snapshot, for monitoring). The API key ({@link io.technic.scanner.data.polygon.PolygonKey}) travels
 * in a header and is never logged or put in a message.
 */
package io.technic.scanner.data.polygon;
