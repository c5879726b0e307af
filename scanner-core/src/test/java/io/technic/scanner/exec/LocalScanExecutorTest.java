package io.technic.scanner.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.ScanHandle;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.model.FilteredSymbol;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.SkipReason;
import io.technic.scanner.model.SkippedSymbol;
import io.technic.scanner.model.Stage;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.testdata.TestMarkets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalScanExecutorTest {

    private static final String[] SECTORS = {"Technology", "Energy", "Utilities"};

    private static Market market(int symbols) {
        return TestMarkets.randomWalk(symbols, new int[] {300, 300, 300, 40}, SECTORS, 7,
                List.of(new SkippedSymbol("BROKEN", SkipReason.BAD_DATA, "close '-1' is not positive at x.csv:9")));
    }

    private static ScanResult scan(Market m, ScanRequest req) {
        try (Scanner s = new Scanner(src -> m, new CloseFeatures(60, 0), new CloseFeatures.ReturnScorer())) {
            return s.submit(req, m, null).result().join();
        }
    }

    @Test
    void everySymbolEndsExactlyOnceRankedFilteredOrSkipped() {
        Market m = market(200);
        ScanRequest req = ScanRequest.of("test").withFilter(
                new UniverseFilter(Set.of(), Set.of("technology", "energy"), 20, 350, 0, 0));
        ScanResult r = scan(m, req);

        Set<String> seen = new HashSet<>();
        r.rows().forEach(x -> assertThat(seen.add(x.symbol())).as("dup " + x.symbol()).isTrue());
        r.filtered().forEach(x -> assertThat(seen.add(x.symbol())).as("dup " + x.symbol()).isTrue());
        r.skipped().forEach(x -> assertThat(seen.add(x.symbol())).as("dup " + x.symbol()).isTrue());
        assertThat(seen).hasSize(201).contains("BROKEN");
        assertThat(r.accounting().universe()).isEqualTo(201);
        assertThat(r.accounting().ranked() + r.accounting().filtered() + r.accounting().skipped()).isEqualTo(201);
        assertThat(r.filtered()).extracting(FilteredSymbol::filter)
                .contains(UniverseFilter.SECTORS, UniverseFilter.MIN_PRICE, UniverseFilter.MAX_PRICE);
        assertThat(r.skipped()).extracting(SkippedSymbol::reason)
                .contains(SkipReason.BAD_DATA, SkipReason.INSUFFICIENT_HISTORY);
    }

    @Test
    void filteredSymbolsNameTheFilterAndTheValue() {
        Market m = market(40);
        ScanResult r = scan(m, ScanRequest.of("test").withFilter(
                new UniverseFilter(Set.of(), Set.of(), 0, Double.POSITIVE_INFINITY, 1e12, 0)));
        assertThat(r.rows()).isEmpty();
        FilteredSymbol f = r.filtered().get(0);
        assertThat(f.filter()).isEqualTo(UniverseFilter.MIN_DOLLAR_VOLUME);
        assertThat(f.detail()).contains("20-day dollar volume").contains("< 1,000,000,000,000");
    }

    @Test
    void shortHistoryIsSkippedWithTheBarCount() {
        ScanResult r = scan(market(8), ScanRequest.of("test").withFilter(UniverseFilter.none()));
        SkippedSymbol s = r.skipped().stream().filter(x -> x.reason() == SkipReason.INSUFFICIENT_HISTORY)
                .findFirst().orElseThrow();
        assertThat(s.detail()).isEqualTo("40 bars up to 2024-03-08, needs 60");
    }

    @Test
    void rankingIsBestFirstWithConsecutiveRanks() {
        ScanResult r = scan(market(120), ScanRequest.of("test").withFilter(UniverseFilter.none()).withTopN(10));
        assertThat(r.top()).hasSize(10);
        for (int i = 0; i < r.rows().size(); i++) {
            assertThat(r.rows().get(i).rank()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(r.rows().get(i).score()).isLessThanOrEqualTo(r.rows().get(i - 1).score());
            }
        }
    }

    @Test
    void resultIsBitIdenticalForAnyThreadCount() {
        Market m = market(500);
        ScanRequest base = ScanRequest.of("test").withFilter(UniverseFilter.none());
        ScanResult one = scan(m, base.withThreads(1));
        for (int t : new int[] {2, 3, 8}) {
            ScanResult other = scan(m, base.withThreads(t));
            assertThat(other.rows()).hasSameSizeAs(one.rows());
            for (int i = 0; i < one.rows().size(); i++) {
                ScanRow a = one.rows().get(i);
                ScanRow b = other.rows().get(i);
                assertThat(b.symbol()).isEqualTo(a.symbol());
                assertThat(Double.doubleToLongBits(b.score())).isEqualTo(Double.doubleToLongBits(a.score()));
                assertThat(b.features()).isEqualTo(a.features());
            }
            assertThat(other.skipped()).isEqualTo(one.skipped());
            assertThat(other.filtered()).isEqualTo(one.filtered());
        }
    }

    @Test
    void asOfDateExcludesLaterBarsAndSkipsSymbolsWithoutData() {
        Market m = market(40);
        LocalDate asOf = LocalDate.of(2024, 1, 5);
        ScanResult r = scan(m, ScanRequest.of("test").withFilter(UniverseFilter.none()).withAsOf(asOf));
        assertThat(r.asOf()).isEqualTo(asOf);
        // the 40-bar symbols start in January 2024: no bar on or before the as-of date
        assertThat(r.skipped()).anyMatch(s -> s.reason() == SkipReason.NO_DATA_AT_AS_OF);
        int close = CloseFeatures.SCHEMA.indexOf("close");
        for (ScanRow row : r.rows()) {
            int s = m.indexOf(row.symbol());
            int at = m.bars().lastIndexOnOrBefore(s, (int) asOf.toEpochDay());
            assertThat(row.features()[close]).isEqualTo(m.bars().close()[at]);
        }
    }

    @Test
    void explicitSymbolsMissingFromTheSourceAreSkippedNotLost() {
        Market m = market(10);
        ScanResult r = scan(m, ScanRequest.of("test").withFilter(
                new UniverseFilter(Set.of("S0001", "NOPE"), Set.of(), 0, Double.POSITIVE_INFINITY, 0, 0)));
        assertThat(r.accounting().universe()).isEqualTo(2);
        assertThat(r.rows()).extracting(ScanRow::symbol).containsExactly("S0001");
        assertThat(r.skipped()).containsExactly(new SkippedSymbol("NOPE", SkipReason.NOT_IN_SOURCE, "not in test:walk"));
    }

    @Test
    void cancelStopsARunningScanQuickly() throws Exception {
        Market m = market(4000);
        CloseFeatures slow = new CloseFeatures(60, 2000); // 2 ms per symbol: ~4 s of work on 2 threads
        try (Scanner s = new Scanner(src -> m, slow, new CloseFeatures.ReturnScorer())) {
            List<ScanProgress> seen = new CopyOnWriteArrayList<>();
            ScanHandle h = s.submit(ScanRequest.of("test").withFilter(UniverseFilter.none()).withThreads(2), m, seen::add);
            while (h.progress().stage() != Stage.INDICATORS || h.progress().done() < 64) {
                Thread.sleep(5);
            }
            long t0 = System.nanoTime();
            h.cancel();
            assertThatThrownBy(() -> h.result().get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
            assertThat(h.result().isCancelled()).isTrue();
            long stoppedMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(stoppedMs).as("cancel latency").isLessThan(1000);
            int rowsAtCancel = slow.rows.get();
            Thread.sleep(100);
            assertThat(slow.rows.get()).as("no work after cancel").isEqualTo(rowsAtCancel);
            assertThat(rowsAtCancel).isLessThan(4000);
            assertThat(h.progress().stage()).isEqualTo(Stage.CANCELLED);
            assertThat(seen).extracting(ScanProgress::stage).contains(Stage.PRESCREEN, Stage.INDICATORS);
        }
    }

    @Test
    void progressReportsStagesThroughputAndCompletion() {
        Market m = market(300);
        List<ScanProgress> seen = new CopyOnWriteArrayList<>();
        try (Scanner s = new Scanner(src -> m, new CloseFeatures(60, 200), new CloseFeatures.ReturnScorer())) {
            ScanHandle h = s.submit(ScanRequest.of("test").withFilter(UniverseFilter.none()), m, seen::add);
            ScanResult r = h.result().join();
            assertThat(h.progress().stage()).isEqualTo(Stage.DONE);
            assertThat(h.progress().done()).isEqualTo(r.accounting().universe());
        }
        assertThat(seen).extracting(ScanProgress::stage)
                .containsSubsequence(Stage.PRESCREEN, Stage.INDICATORS, Stage.SCORE, Stage.RANK, Stage.DONE);
        assertThat(seen).filteredOn(p -> p.stage() == Stage.INDICATORS && p.done() > 0)
                .allSatisfy(p -> assertThat(p.symbolsPerSecond()).isPositive());
    }

    @Test
    void metricsCarryEveryStageTiming() {
        ScanResult r = scan(market(50), ScanRequest.of("test").withFilter(UniverseFilter.none()));
        assertThat(r.metrics().stageMillis()).containsOnlyKeys("LOAD", "PRESCREEN", "INDICATORS", "SCORE", "RANK");
        assertThat(r.metrics().symbolsPerSecond()).isPositive();
        assertThat(r.metrics().source()).isEqualTo("local");
    }

    @Test
    void lookbackShorterThanTheWarmUpIsRejected() {
        Market m = market(5);
        try (Scanner s = new Scanner(src -> m, new CloseFeatures(60, 0), new CloseFeatures.ReturnScorer())) {
            assertThatThrownBy(() -> s.submit(ScanRequest.of("test").withLookback(30), m, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("lookback 30 is shorter than the 60 bars the indicators need");
        }
    }

    @Test
    void rankOrderIsTheComparatorsOrderOnTiesZerosAndNaN() {
        java.util.Random r = new java.util.Random(5);
        double[] pool = {Double.NaN, 0.0, -0.0, 50.0, 50.0, 99.5, -1.0, Double.POSITIVE_INFINITY};
        for (int m : new int[] {0, 1, 2, 15, 16, 17, 33, 1000, 3001}) {
            double[] key = new double[m];
            List<io.technic.scanner.model.SymbolInfo> infos = new java.util.ArrayList<>();
            for (int i = 0; i < m; i++) {
                key[i] = r.nextInt(3) == 0 ? pool[r.nextInt(pool.length)] : Math.round(r.nextDouble() * 400) / 4.0;
                infos.add(io.technic.scanner.model.SymbolInfo.of("S" + Integer.toString(r.nextInt(1 << 20), 36) + i));
            }
            Integer[] expected = new Integer[m];
            for (int i = 0; i < m; i++) {
                expected[i] = i;
            }
            java.util.Arrays.sort(expected, java.util.Comparator.comparingDouble((Integer i) -> -key[i])
                    .thenComparing(i -> infos.get(i).symbol()));
            int[] order = LocalScanExecutor.rankOrder(key, infos, m);
            assertThat(order).as("m = " + m).containsExactly(java.util.Arrays.stream(expected).mapToInt(i -> i).toArray());
        }
    }
}
