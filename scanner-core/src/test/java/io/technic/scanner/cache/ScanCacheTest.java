package io.technic.scanner.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.UniverseFilter;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanCacheTest {

    private final Market market = CacheFixtures.market(150);
    private final ScanRequest request = ScanRequest.of("sim").withThreads(2);

    private ScanResult uncached(ScanRequest req) {
        try (Scanner s = CacheFixtures.scanner(market, ScanCache.none(), null)) {
            return s.run(req);
        }
    }

    @Test
    void repeatedScanIsServedFromL1WithTheSameResult() {
        try (TieredScanCache cache = TieredScanCache.inProcess(64L << 20);
             Scanner s = CacheFixtures.scanner(market, cache, null)) {
            ScanResult first = s.run(request);
            ScanResult second = s.run(request.withTopN(5).withThreads(1));
            assertThat(first.metrics().source()).isEqualTo("local");
            assertThat(second.metrics().source()).isEqualTo("cache");
            assertThat(second.metrics().sources().cacheTier()).isEqualTo("L1");
            assertThat(second.metrics().stageMillis()).containsKey("CACHE");
            assertThat(second.request().topN()).isEqualTo(5);
            assertThat(second.top()).hasSize(5);
            CacheFixtures.assertSameResult(first, second);
            CacheStats st = s.cacheStats();
            assertThat(st.resultHits()).isEqualTo(1);
            assertThat(st.resultMisses()).isEqualTo(1);
            assertThat(st.tier("L1").hits()).isPositive();
            assertThat(st.tier("L1").bytes()).isPositive();
            assertThat(st.tier("L1").entries()).isGreaterThan(first.rows().size());
        }
    }

    @Test
    void anotherProfileIsNotServedTheSameResultButReusesFeatureRows() {
        try (TieredScanCache cache = TieredScanCache.inProcess(64L << 20);
             Scanner s = CacheFixtures.scanner(market, cache, null)) {
            s.run(request);
            ScanRequest other = request.withProfile(Profile.AGGRESSIVE)
                    .withFilter(UniverseFilter.defaultsFor(Profile.AGGRESSIVE));
            ScanResult r = s.run(other);
            assertThat(r.metrics().source()).isEqualTo("local");
            assertThat(r.metrics().sources().rowsFromCache()).isPositive();
            CacheFixtures.assertSameResult(uncached(other), r);
        }
    }

    @Test
    void explicitSymbolsAndSectorsChangeTheKey() {
        try (TieredScanCache cache = TieredScanCache.inProcess(64L << 20);
             Scanner s = CacheFixtures.scanner(market, cache, null)) {
            ScanResult all = s.run(request);
            String sym = all.rows().get(0).symbol();
            ScanRequest one = request.withFilter(new UniverseFilter(Set.of(sym, "NOPE"), Set.of(), 0,
                    Double.POSITIVE_INFINITY, 0, 0));
            ScanResult r = s.run(one);
            assertThat(r.metrics().source()).isEqualTo("local");
            assertThat(r.accounting().universe()).isEqualTo(2);
            CacheFixtures.assertSameResult(uncached(one), r);
        }
    }

    @Test
    void tinyBudgetEvictsButScansStayCorrect() {
        try (TieredScanCache cache = TieredScanCache.inProcess(50_000);
             Scanner s = CacheFixtures.scanner(market, cache, null)) {
            ScanResult a = s.run(request);
            ScanResult b = s.run(request);
            CacheFixtures.assertSameResult(a, b);
            TierStats l1 = s.cacheStats().tier("L1");
            assertThat(l1.evictions()).isPositive();
            assertThat(l1.bytes()).isLessThanOrEqualTo(50_000);
        }
    }
}
