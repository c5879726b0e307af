package io.technic.scanner.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.technic.scanner.api.ScanHandle;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.exec.ScanKeys;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Redis tier against a real redis-server: sharing, and the faults that must never break a scan. */
@ExtendWith(RedisExtension.class)
class RedisScanCacheIT {

    private static final Duration NEVER_STALLS = Duration.ofSeconds(60);
    private static Market market;
    private static ScanResult local;
    private final ScanRequest request = ScanRequest.of("sim").withThreads(2);

    @BeforeAll
    static void reference() {
        market = CacheFixtures.market(150);
        try (Scanner s = CacheFixtures.scanner(market, ScanCache.none(), null)) {
            local = s.run(ScanRequest.of("sim").withThreads(2));
        }
    }

    static CacheConfig config(String url) {
        return CacheConfig.defaults().withRedis(url).withTimeouts(Duration.ofMillis(200), 2, Duration.ofMillis(300));
    }

    static void awaitUp(TieredScanCache cache) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!"UP".equals(cache.stats().tier("L2").state()) && System.nanoTime() < deadline) {
            cache.getRows(new String[] {"technic:probe"}, 1); // a lookup lets the breaker's trial through
            Thread.sleep(50);
        }
        assertThat(cache.stats().tier("L2").state()).isEqualTo("UP");
    }

    static void awaitEntries(TieredScanCache cache, long n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (cache.stats().tier("L2").entries() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void secondProcessSharesResultsThroughRedis(RedisServer redis) throws Exception {
        try (TieredScanCache a = new TieredScanCache(config(redis.url()));
             Scanner sa = CacheFixtures.scanner(market, a, null)) {
            awaitUp(a);
            ScanResult first = sa.run(request);
            assertThat(first.metrics().source()).isEqualTo("local");
            awaitEntries(a, first.rows().size() + 1);
        }
        // a fresh cache (empty L1), as another workstation or worker would have
        try (TieredScanCache b = new TieredScanCache(config(redis.url()));
             Scanner sb = CacheFixtures.scanner(market, b, null)) {
            awaitUp(b);
            ScanResult r = sb.run(request);
            assertThat(r.metrics().sources().cacheTier()).isEqualTo("L2");
            CacheFixtures.assertSameResult(local, r);
            ScanResult again = sb.run(request);
            assertThat(again.metrics().sources().cacheTier()).isEqualTo("L1");
            TierStats l2 = b.stats().tier("L2");
            assertThat(l2.hits()).isPositive();
            assertThat(l2.entries()).isPositive();
            assertThat(l2.bytes()).isPositive();
        }
    }

    @Test
    void featureRowsComeFromRedisWhenTheResultIsNotCached(RedisServer redis) throws Exception {
        try (TieredScanCache a = new TieredScanCache(config(redis.url()));
             Scanner sa = CacheFixtures.scanner(market, a, null)) {
            awaitUp(a);
            sa.run(request);
            awaitEntries(a, local.rows().size());
        }
        try (TieredScanCache b = new TieredScanCache(config(redis.url()));
             Scanner sb = CacheFixtures.scanner(market, b, null)) {
            awaitUp(b);
            ScanRequest lookback = request.withTopN(3).withProfile(io.technic.scanner.model.Profile.CONSERVATIVE);
            ScanResult r = sb.run(lookback);
            assertThat(r.metrics().source()).isEqualTo("local");
            assertThat(r.metrics().sources().rowsFromCache()).isGreaterThanOrEqualTo(local.rows().size());
            try (Scanner plain = CacheFixtures.scanner(market, ScanCache.none(), null)) {
                CacheFixtures.assertSameResult(plain.run(lookback), r);
            }
        }
    }

    @Test
    void redisClosedAtStartMeansLocalScansThatStillWork() {
        int nothing = RedisServer.freePort();
        assertTimeoutPreemptively(NEVER_STALLS, () -> {
            try (TieredScanCache c = new TieredScanCache(config("redis://127.0.0.1:" + nothing));
                 Scanner s = CacheFixtures.scanner(market, c, null)) {
                ScanResult r = s.run(request);
                CacheFixtures.assertSameResult(local, r);
                assertThat(s.run(request).metrics().sources().cacheTier()).isEqualTo("L1");
                TierStats l2 = c.stats().tier("L2");
                assertThat(l2.state()).isIn("DOWN", "OPEN");
                assertThat(l2.hits()).isZero();
            }
        });
    }

    @Test
    void redisKilledMidScanNeitherBreaksTheScanNorStaysBroken(RedisServer redis) throws Exception {
        Market big = CacheFixtures.market(600);
        ScanResult expected;
        try (Scanner s = CacheFixtures.scanner(big, ScanCache.none(), null)) {
            expected = s.run(request);
        }
        try (TieredScanCache c = new TieredScanCache(config(redis.url()));
             Scanner s = CacheFixtures.scanner(big, c, null)) {
            awaitUp(c);
            CountDownLatch indicators = new CountDownLatch(1);
            ScanHandle h = s.submit(request, big, p -> {
                if (p.stage() == Stage.INDICATORS || p.stage() == Stage.SCORE) {
                    indicators.countDown();
                }
            });
            assertThat(indicators.await(30, TimeUnit.SECONDS)).isTrue();
            redis.kill();
            ScanResult r = assertTimeoutPreemptively(NEVER_STALLS, () -> h.result().get());
            CacheFixtures.assertSameResult(expected, r);

            // another scan while Redis is gone: L1 serves it
            ScanResult again = s.run(request.withTopN(1));
            assertThat(again.metrics().sources().cacheTier()).isEqualTo("L1");

            // Redis comes back on the same port: the tier recovers by itself
            redis.restart();
            awaitUp(c);
            c.clearL1();
            ScanResult fresh = s.run(request);
            CacheFixtures.assertSameResult(expected, fresh);
            awaitEntries(c, 1);
            assertThat(c.stats().tier("L2").entries()).isPositive();
        }
    }

    @Test
    void blackHoledRedisTimesOutOpensTheBreakerAndRecovers(RedisServer redis) throws Exception {
        try (TieredScanCache c = new TieredScanCache(config(redis.url()));
             Scanner s = CacheFixtures.scanner(market, c, null)) {
            awaitUp(c);
            redis.blackHole();
            try {
                ScanResult r = assertTimeoutPreemptively(NEVER_STALLS, () -> s.run(request));
                CacheFixtures.assertSameResult(local, r);
                c.clearL1();
                // later scans do not wait on the frozen server: the breaker is open
                ScanResult r2 = assertTimeoutPreemptively(NEVER_STALLS, () -> s.run(request));
                CacheFixtures.assertSameResult(local, r2);
                TierStats l2 = c.stats().tier("L2");
                assertThat(l2.errors()).isPositive();
                assertThat(l2.state()).isIn("OPEN", "UP", "DOWN");
            } finally {
                redis.resume();
            }
            awaitUp(c);
            c.clearL1();
            s.run(request);
            awaitEntries(c, 1);
            c.clearL1();
            ScanResult fromRedis = s.run(request);
            assertThat(fromRedis.metrics().sources().cacheTier()).isEqualTo("L2");
            CacheFixtures.assertSameResult(local, fromRedis);
        }
    }

    @Test
    void corruptEntryIsAMissThatIsCountedAndRecomputed(RedisServer redis) throws Exception {
        try (TieredScanCache c = new TieredScanCache(config(redis.url()));
             Scanner s = CacheFixtures.scanner(market, c, null)) {
            awaitUp(c);
            String key = ScanKeys.result(request, market, s.executor());
            byte[] good = CacheCodec.encodeResult(local);
            byte[] bad = good.clone();
            bad[bad.length / 2] ^= 0x01;
            assertThat(redis.command("SET".getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8), bad))
                    .isEqualTo("+OK");
            ScanResult r = s.run(request);
            assertThat(r.metrics().source()).isEqualTo("local");
            CacheFixtures.assertSameResult(local, r);
            assertThat(c.stats().tier("L2").corrupt()).isEqualTo(1);
        }
    }

    @Test
    void aclUserAndPasswordAreUsedAndAWrongPasswordDegradesToLocal() throws Exception {
        try (RedisServer redis = RedisServer.start("--user", "scanner", "on", ">s3cret", "~technic:*", "+@all",
                "--user", "default", "off")) {
            CacheConfig ok = config(redis.url()).withCredentials("scanner", "s3cret");
            try (TieredScanCache c = new TieredScanCache(ok); Scanner s = CacheFixtures.scanner(market, c, null)) {
                awaitUp(c);
                s.run(request);
                awaitEntries(c, 1);
                c.clearL1();
                assertThat(s.run(request).metrics().sources().cacheTier()).isEqualTo("L2");
            }
            CacheConfig wrong = config("redis://scanner:nope@127.0.0.1:" + redis.port());
            assertThat(wrong.toString()).doesNotContain("nope");
            try (TieredScanCache c = new TieredScanCache(wrong); Scanner s = CacheFixtures.scanner(market, c, null)) {
                ScanResult r = assertTimeoutPreemptively(NEVER_STALLS, () -> s.run(request));
                CacheFixtures.assertSameResult(local, r);
                assertThat(c.stats().tier("L2").state()).isNotEqualTo("UP");
            }
        }
    }
}
