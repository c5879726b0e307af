package io.technic.scanner.cache;

import static io.technic.scanner.cache.RedisScanCacheIT.awaitEntries;
import static io.technic.scanner.cache.RedisScanCacheIT.awaitUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The L2 tier over TLS: a real redis-server that speaks only TLS ({@code --tls-port}, certificates
 * from a throw-away CA) with an ACL user, reached as {@code rediss://user:password@127.0.0.1:port}.
 */
class RedisTlsIT {

    @TempDir
    static Path dir;
    private static TestCerts certs;
    private static RedisServer redis;
    private static Market market;
    private static ScanResult local;
    private final ScanRequest request = ScanRequest.of("sim").withThreads(2);

    @BeforeAll
    static void start() throws Exception {
        certs = TestCerts.create(dir);
        redis = RedisServer.startTls(certs, "--user", "scanner", "on", ">tls-s3cret", "~technic:*", "+@all",
                "--user", "default", "off");
        market = CacheFixtures.market(150);
        try (Scanner s = CacheFixtures.scanner(market, ScanCache.none(), null)) {
            local = s.run(ScanRequest.of("sim").withThreads(2));
        }
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.close();
        }
    }

    private static String url(String userInfo) {
        return "rediss://" + userInfo + "@127.0.0.1:" + redis.port();
    }

    @Test
    void cacheWorksOverTlsWithAnAclUserWhenTheCaIsTrusted() throws Exception {
        CacheConfig cfg = RedisScanCacheIT.config(url("scanner:tls-s3cret")).withRedisCa(certs.caCert());
        assertThat(cfg.toString()).doesNotContain("tls-s3cret");
        try (TieredScanCache c = new TieredScanCache(cfg); Scanner s = CacheFixtures.scanner(market, c, null)) {
            awaitUp(c);
            ScanResult first = s.run(request);
            awaitEntries(c, first.rows().size() + 1);
            c.clearL1();
            ScanResult again = s.run(request);
            assertThat(again.metrics().sources().cacheTier()).isEqualTo("L2");
            CacheFixtures.assertSameResult(local, again);
            assertThat(c.stats().tier("L2").entries()).isPositive();
        }
    }

    @Test
    void untrustedCertificateOrPlainTextNeverConnectsAndScansStayLocalAndExact() {
        for (CacheConfig cfg : new CacheConfig[] {
                RedisScanCacheIT.config(url("scanner:tls-s3cret")), // the JVM's trust store does not know the test CA
                RedisScanCacheIT.config("redis://scanner:tls-s3cret@127.0.0.1:" + redis.port())}) {
            try (TieredScanCache c = new TieredScanCache(cfg); Scanner s = CacheFixtures.scanner(market, c, null)) {
                ScanResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> s.run(request));
                CacheFixtures.assertSameResult(local, r);
                assertThat(c.stats().tier("L2").state()).isNotEqualTo("UP");
            }
        }
    }

    @Test
    void missingCaFileIsAnErrorNamingIt() {
        Path nowhere = dir.resolve("no-such-ca.pem");
        assertThatThrownBy(() -> new TieredScanCache(RedisScanCacheIT.config(url("scanner:x")).withRedisCa(nowhere)))
                .hasMessageContaining(nowhere.toString());
    }
}
