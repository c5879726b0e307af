package io.technic.scanner.bench;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.cache.CacheConfig;
import io.technic.scanner.cache.CacheFixtures;
import io.technic.scanner.cache.RedisServer;
import io.technic.scanner.cache.TieredScanCache;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A repeated identical scan of the simulated market (6,000 symbols × 500 bars, the shipped
 * alpha models, MERIT) answered from the cache: from L1 (in process) and from L2 (a real
 * redis-server on loopback, L1 emptied before every call). Targets: ≤ 5 ms and ≤ 50 ms.
 *
 * <pre>./mvnw -pl scanner-core -am -Pjmh test-compile exec:exec -Djmh.args="CacheBenchmark -f 1"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class CacheBenchmark {

    @Param({"6000"})
    int symbols;

    private Market market;
    private RedisServer redis;
    private TieredScanCache l1Cache;
    private TieredScanCache l2Cache;
    private Scanner l1Scanner;
    private Scanner l2Scanner;
    private final ScanRequest request = ScanRequest.of("sim");

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        market = new SimulatedMarket(new SimulationSpec(42, symbols, 500, SimulationSpec.DEFAULT_END)).load();
        redis = RedisServer.start();
        l1Cache = TieredScanCache.inProcess(512L << 20);
        l1Scanner = CacheFixtures.scanner(market, l1Cache, null);
        l1Scanner.submit(request, market, null).result().join();
        l2Cache = new TieredScanCache(CacheConfig.defaults().withRedis(redis.url()));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"UP".equals(l2Cache.stats().tier("L2").state()) && System.nanoTime() < deadline) {
            l2Cache.getRows(new String[] {"technic:probe"}, 1);
            Thread.sleep(100);
        }
        l2Scanner = CacheFixtures.scanner(market, l2Cache, null);
        l2Scanner.submit(request, market, null).result().join();
        Thread.sleep(2000); // let the asynchronous writes land
    }

    @Setup(Level.Invocation)
    public void emptyL1OfTheRedisScanner() {
        l2Cache.clearL1();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        System.err.println("L1 scanner: " + l1Scanner.cacheStats());
        System.err.println("L2 scanner: " + l2Scanner.cacheStats());
        l1Scanner.close();
        l2Scanner.close();
        l1Cache.close();
        l2Cache.close();
        redis.close();
    }

    @Benchmark
    public ScanResult repeatedScanFromL1() {
        ScanResult r = l1Scanner.submit(request, market, null).result().join();
        if (!"L1".equals(r.metrics().sources().cacheTier())) {
            throw new IllegalStateException("not an L1 hit: " + r.metrics().sources());
        }
        return r;
    }

    @Benchmark
    public ScanResult repeatedScanFromRedis() {
        ScanResult r = l2Scanner.submit(request, market, null).result().join();
        if (!"L2".equals(r.metrics().sources().cacheTier())) {
            throw new IllegalStateException("not an L2 hit: " + r.metrics().sources() + " " + l2Cache.stats());
        }
        return r;
    }
}
