package io.technic.scanner.remote;

import io.technic.scanner.api.BarSources;
import io.technic.scanner.cache.CacheConfig;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.cache.TieredScanCache;
import io.technic.scanner.exec.LocalScanExecutor;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.ml.AlphaModel;
import io.technic.scanner.ml.XgboostAlphaModel;
import io.technic.scanner.model.Market;
import io.technic.scanner.score.TechRating;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan worker's composition: the standard engine (the features, TechRating and the shipped
 * alpha models every client runs), the worker's own data (any source spec a request names,
 * the last one kept loaded), optionally the shared Redis for feature rows, and the keys it
 * accepts. One {@link ShardHandler} serves both deployables: {@link #main} (the HTTP worker,
 * {@code technic worker} and the {@code packaging/worker} jar) and the Lambda function.
 */
public final class Worker {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private Worker() {}

    /**
     * The standard handler.
     *
     * @param keys  accepted HMAC keys (several during a rotation)
     * @param cache feature-row cache (e.g. the shared Redis), or {@link ScanCache#none()}
     */
    public static ShardHandler standardHandler(List<HmacAuth.Key> keys, ScanCache cache) {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "technic-worker-scan");
            t.setDaemon(true);
            return t;
        });
        List<AlphaModel> models = XgboostAlphaModel.shipped();
        LocalScanExecutor executor = new LocalScanExecutor(new TechnicalFeatures(), new TechRating(), null, pool, models)
                .withCache(cache);
        return new ShardHandler(executor, lastLoaded(), new HmacAuth.Verifier(keys, Clock.systemUTC()));
    }

    /** A loader that keeps the last market it loaded. */
    static Function<String, Market> lastLoaded() {
        return new Function<>() {
            private String spec;
            private Market market;

            @Override
            public synchronized Market apply(String s) {
                if (!s.equals(spec)) {
                    LOG.info("worker loads {}", s);
                    market = BarSources.parse(s).load();
                    spec = s;
                }
                return market;
            }
        };
    }

    /**
     * The keys from the environment: {@code TECHNIC_KEY_ID} and {@code TECHNIC_KEY_SECRET}, plus
     * {@code TECHNIC_KEYS} ({@code id=secret,id2=secret2}) for rotation.
     *
     * @throws IllegalArgumentException when none is set, naming the variables
     */
    public static List<HmacAuth.Key> keysFromEnv(Map<String, String> env) {
        List<HmacAuth.Key> keys = new ArrayList<>();
        String id = env.get("TECHNIC_KEY_ID");
        String secret = env.get("TECHNIC_KEY_SECRET");
        if (id != null && secret != null) {
            keys.add(HmacAuth.Key.of(id, secret));
        }
        String more = env.get("TECHNIC_KEYS");
        if (more != null && !more.isBlank()) {
            for (String pair : more.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("TECHNIC_KEYS entries must be id=secret");
                }
                keys.add(HmacAuth.Key.of(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim()));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a worker needs an HMAC key: set TECHNIC_KEY_ID and TECHNIC_KEY_SECRET"
                    + " (at least 16 characters), or TECHNIC_KEYS=id=secret[,id2=secret2]");
        }
        return keys;
    }

    /**
     * The shared cache from {@code TECHNIC_REDIS_URL} (feature rows shared with other workers), else
     * none; {@code TECHNIC_REDIS_USER}, {@code TECHNIC_REDIS_PASSWORD} and {@code TECHNIC_REDIS_CA}
     * (a PEM file of private CAs for {@code rediss://}) as the client takes them.
     */
    public static ScanCache cacheFromEnv(Map<String, String> env) {
        String url = env.get("TECHNIC_REDIS_URL");
        if (url == null || url.isBlank()) {
            return ScanCache.none();
        }
        CacheConfig cfg = CacheConfig.defaults().withRedis(url)
                .withCredentials(env.get("TECHNIC_REDIS_USER"), env.get("TECHNIC_REDIS_PASSWORD"));
        String ca = env.get("TECHNIC_REDIS_CA");
        return new TieredScanCache(ca == null || ca.isBlank() ? cfg : cfg.withRedisCa(java.nio.file.Path.of(ca)));
    }

    /**
     * Runs the HTTP worker until the process ends: {@code --port P} (default 8080),
     * {@code --host H} (default 0.0.0.0), {@code --concurrency N} (default 2 shards at once).
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port = 8080;
        String host = "0.0.0.0";
        int concurrency = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--host" -> host = value(args, ++i, "--host");
                case "--concurrency" -> concurrency = Integer.parseInt(value(args, ++i, "--concurrency"));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --port P, --host H, --concurrency N)");
            }
        }
        serve(host, port, concurrency, System.getenv());
        new CountDownLatch(1).await();
    }

    /** Starts the HTTP worker with the environment's keys and Redis. */
    public static HttpWorker serve(String host, int port, int concurrency, Map<String, String> env) throws IOException {
        ShardHandler handler = standardHandler(keysFromEnv(env), cacheFromEnv(env));
        HttpWorker w = HttpWorker.start(host, port, handler, concurrency);
        LOG.info("technic worker listening on {}:{}", host, w.port());
        return w;
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }
}
