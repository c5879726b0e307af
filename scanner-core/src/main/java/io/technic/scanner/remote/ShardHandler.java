package io.technic.scanner.remote;

import io.technic.scanner.data.DataException;
import io.technic.scanner.exec.LocalScanExecutor;
import io.technic.scanner.exec.ShardOutput;
import io.technic.scanner.model.Market;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's one request handler, shared by the HTTP worker and the Lambda function: checks
 * the HMAC signature first (401, nothing computed), then decodes and validates the shard request
 * (400 / 413), loads the worker's own copy of the data source, refuses a data version other than
 * the client's (409), and answers the shard's per-symbol output as a binary frame (200).
 * {@code GET /health} answers 200 without authentication. Thread-safe.
 */
public final class ShardHandler {

    /** The shard endpoint's path. */
    public static final String PATH = "/v1/shard";
    /** The health check's path. */
    public static final String HEALTH = "/health";

    private static final Logger LOG = LoggerFactory.getLogger(ShardHandler.class);

    private final LocalScanExecutor executor;
    private final Function<String, Market> loader;
    private final HmacAuth.Verifier verifier;
    private final String engineId;

    /** An HTTP answer. */
    public record Reply(int status, String contentType, byte[] body) {
        static Reply text(int status, String message) {
            return new Reply(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * @param executor the per-symbol stages (the same engine the clients run)
     * @param loader   loads a source spec (the worker's own data); should cache
     * @param verifier checks request signatures
     */
    public ShardHandler(LocalScanExecutor executor, Function<String, Market> loader, HmacAuth.Verifier verifier) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.engineId = executor.shardEngineId();
    }

    /** The shape of this worker's rows: feature columns, per-symbol scores, alpha models. */
    public int[] shape() {
        return executor.shardShape();
    }

    /**
     * Handles one request; never throws.
     *
     * @param header looks a request header up case-insensitively (null when absent)
     * @param body   the raw body as received (at most {@link ShardWire#MAX_REQUEST_BYTES} + 1 bytes read)
     */
    public Reply handle(String method, String path, Function<String, String> header, byte[] body) {
        try {
            if (HEALTH.equals(path)) {
                return "GET".equals(method) ? Reply.text(200, "ok " + engineId) : Reply.text(405, "use GET");
            }
            if (!PATH.equals(path)) {
                return Reply.text(404, "no such path: " + path);
            }
            if (!"POST".equals(method)) {
                return Reply.text(405, "use POST");
            }
            if (body.length > ShardWire.MAX_REQUEST_BYTES) {
                return Reply.text(413, "request body exceeds " + ShardWire.MAX_REQUEST_BYTES + " bytes");
            }
            verifier.verify(method, path, header, body);
            ShardRequest req = ShardWire.decodeRequest(body);
            Market market;
            try {
                market = loader.apply(req.source());
            } catch (DataException | IllegalArgumentException e) {
                return Reply.text(400, "cannot load source: " + e.getMessage());
            }
            if (!market.dataVersion().equals(req.dataVersion())) {
                return Reply.text(409, "data version " + market.dataVersion() + " differs from the client's "
                        + req.dataVersion());
            }
            ShardOutput out;
            long t0 = System.nanoTime();
            try {
                out = executor.computeShard(req.toScanRequest(), market, req.symbols());
            } catch (IllegalArgumentException e) {
                return Reply.text(400, e.getMessage());
            }
            byte[] bytes = ShardWire.encodeResponse(engineId, market.dataVersion(), out);
            LOG.info("shard of {} symbols computed in {} ms ({} feature rows from cache), {} bytes", out.size(),
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e6), out.rowCacheHits(),
                    bytes.length);
            return new Reply(200, ShardWire.RESPONSE_TYPE, bytes);
        } catch (WireException e) {
            return Reply.text(e.status(), e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("shard request failed", e);
            return Reply.text(500, "internal error: " + e.getClass().getSimpleName());
        }
    }
}
