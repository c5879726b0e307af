package io.technic.app.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.technic.app.ui.dashboard.DashboardViewModel.Status;
import io.technic.scanner.model.Accounting;
import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.Regime;
import io.technic.scanner.model.ScanMetrics;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-23T12:00:05Z"), ZoneOffset.UTC);

    private double cpuLoad = 0.85;
    private final DashboardViewModel vm = new DashboardViewModel(2, () -> cpuLoad, NOON);

    static ScanResult result(double totalMillis, Regime regime) {
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("LOAD", 400.0);
        stages.put("PRESCREEN", 5.0);
        stages.put("INDICATORS", 90.0);
        stages.put("SCORE", 30.0);
        stages.put("RANK", 10.0);
        return new ScanResult(ScanRequest.of("sim"), LocalDate.of(2026, 11, 20), "sim", "v1",
                new FeatureSchema(List.of("rsi14")), List.of(), List.of(), List.of(), regime,
                new Accounting(6000, 5812, 150, 38), new ScanMetrics(stages, totalMillis, 40_210.4, 2, "local"));
    }

    static Regime bullQuiet() {
        return new Regime(Regime.Name.BULL_QUIET, LocalDate.of(2026, 11, 20), 5117.2, 4731.9, 0.021, 0.12, 0.38);
    }

    @Test
    void cacheAndSourceTilesFollowWhereEachResultCameFrom() {
        ScanResult computed = result(900, bullQuiet());
        vm.onResult(computed);
        assertThat(vm.sourceProperty().get()).isEqualTo("local");
        assertThat(vm.sourceDetailProperty().get()).isEqualTo("computed on this machine");
        assertThat(vm.cacheHitRateProperty().get()).isEqualTo("0%");
        assertThat(vm.cacheDetailProperty().get()).isEqualTo("0 of 1 scans from cache · rows 0%");

        ScanMetrics m = computed.metrics();
        ScanResult cached = new ScanResult(computed.request(), computed.asOf(), computed.source(),
                computed.dataVersion(), computed.schema(), computed.rows(), computed.filtered(), computed.skipped(),
                computed.regime(), computed.accounting(),
                m.servedFrom(Map.of("CACHE", 0.1), 0.1, ScanMetrics.Sources.cache("L1")));
        vm.onResult(cached);
        // the rate the trader got this result at (universe / 0.1 ms), not the one it was computed at
        assertThat(vm.symbolsPerSecondProperty().get())
                .isEqualTo(computed.accounting().universe() / 0.0001)
                .isNotEqualTo(m.symbolsPerSecond());
        assertThat(vm.sourceProperty().get()).isEqualTo("cache L1");
        assertThat(vm.sourceDetailProperty().get()).isEqualTo("whole result from the cache");
        assertThat(vm.cacheHitRateProperty().get()).isEqualTo("50%");
        assertThat(vm.cacheHitRateText()).isEqualTo("50% — 1 of 2 scans from cache · rows 0%");

        ScanResult remote = new ScanResult(computed.request(), computed.asOf(), computed.source(),
                computed.dataVersion(), computed.schema(), computed.rows(), computed.filtered(), computed.skipped(),
                computed.regime(), computed.accounting(), m.servedFrom(m.stageMillis(), 800,
                        new ScanMetrics.Sources("remote", null, 2925, 12, 11, 1, 2, 1)));
        vm.onResult(remote);
        assertThat(vm.sourceProperty().get()).isEqualTo("remote");
        assertThat(vm.sourceDetailProperty().get()).isEqualTo("12 shards: 11 remote, 1 local · 2 retries · 1 hedges");
        assertThat(vm.cacheDetailProperty().get()).isEqualTo("1 of 3 scans from cache · rows 25%");
    }

    @Test
    void remoteScanShowsSourceShardProgressAndRetriesWhileItRuns() {
        vm.onProgress(new ScanProgress(Stage.REMOTE, 2, 12, 0, -1, 900, 1));
        assertThat(vm.sourceProperty().get()).isEqualTo("remote");
        assertThat(vm.sourceDetailProperty().get()).isEqualTo("shard 2 of 12 · 1 retry");
        assertThat(vm.progressTextProperty().get()).isEqualTo("REMOTE shard 2 / 12 · 1 retry");
        vm.onProgress(new ScanProgress(Stage.REMOTE, 12, 12, 0, -1, 2900, 3));
        assertThat(vm.sourceDetailProperty().get()).isEqualTo("shard 12 of 12 · 3 retries");
    }

    @Test
    void startsIdleWithNothingPretendingToBeANumber() {
        assertThat(vm.statusProperty().get()).isEqualTo(Status.IDLE);
        assertThat(vm.lastScanMillisProperty().get()).isNaN();
        assertThat(vm.symbolsPerSecondProperty().get()).isNaN();
        assertThat(vm.lastScanTextProperty().get()).isEqualTo("—");
        assertThat(vm.stageMillisProperty().get()).isEmpty();
        assertThat(vm.cacheHitRateText()).isEqualTo("n/a — no scan yet");
        assertThat(vm.coresTextProperty().get()).isEqualTo("— of 2");
    }

    @Test
    void progressShowsStageDoneTotalEtaAndLiveThroughput() {
        vm.onProgress(new ScanProgress(Stage.INDICATORS, 3100, 6000, 38_000, 420, 780));

        assertThat(vm.statusProperty().get()).isEqualTo(Status.RUNNING);
        assertThat(vm.progressProperty().get()).isCloseTo(3100 / 6000.0, within(1e-12));
        assertThat(vm.progressTextProperty().get()).isEqualTo("INDICATORS 3,100 / 6,000 · ETA 0.4 s");
        assertThat(vm.symbolsPerSecondProperty().get()).isEqualTo(38_000);
        assertThat(vm.statusTextProperty().get()).isEqualTo("Scanning · 0.8 s elapsed");
        assertThat(vm.coresBusyProperty().get()).isCloseTo(1.7, within(1e-9));
        assertThat(vm.coresTextProperty().get()).isEqualTo("1.7 of 2");
    }

    @Test
    void progressWithUnknownEtaAndNoThroughputYetKeepsThePreviousFigure() {
        vm.onResult(result(545, bullQuiet()));
        vm.onProgress(new ScanProgress(Stage.LOAD, 0, 6000, 0, -1, 10));

        assertThat(vm.progressTextProperty().get()).isEqualTo("LOAD 0 / 6,000");
        assertThat(vm.symbolsPerSecondProperty().get()).isEqualTo(40_210.4);
        assertThat(vm.lastScanMillisProperty().get()).isEqualTo(545);
    }

    @Test
    void resultFillsEveryTileFromTheMetricsRegimeAndAccounting() {
        vm.onResult(result(545.2, bullQuiet()));

        assertThat(vm.statusProperty().get()).isEqualTo(Status.DONE);
        assertThat(vm.statusTextProperty().get()).isEqualTo("Done at 12:00:05 · as of 2026-11-20");
        assertThat(vm.lastScanMillisProperty().get()).isEqualTo(545.2);
        assertThat(vm.lastScanTextProperty().get()).isEqualTo("545 ms");
        assertThat(vm.symbolsPerSecondTextProperty().get()).isEqualTo("40,210");
        assertThat(vm.stageMillisProperty().get()).containsExactly(Map.entry("LOAD", 400.0),
                Map.entry("PRESCREEN", 5.0), Map.entry("INDICATORS", 90.0), Map.entry("SCORE", 30.0),
                Map.entry("RANK", 10.0));
        assertThat(vm.threadsTextProperty().get()).isEqualTo("2 threads");
        assertThat(vm.sourceProperty().get()).isEqualTo("local");
        assertThat(vm.regimeProperty().get()).isEqualTo(Regime.Name.BULL_QUIET);
        assertThat(vm.regimeNameProperty().get()).isEqualTo("BULL QUIET");
        assertThat(vm.regimeDescriptionProperty().get()).isEqualTo("index 5117.20 vs SMA200 4731.90 · vol 12% (pct 38)");
        assertThat(vm.accountingHeadlineProperty().get()).isEqualTo("5,812 ranked");
        assertThat(vm.accountingDetailProperty().get()).isEqualTo("150 filtered · 38 skipped · of 6,000");
        assertThat(vm.progressProperty().get()).isEqualTo(1);
        assertThat(vm.progressTextProperty().get()).isEqualTo("done · 6,000 symbols");
    }

    @Test
    void unknownRegimeSaysWhyInsteadOfShowingNaNs() {
        vm.onResult(result(100, Regime.UNKNOWN));

        assertThat(vm.regimeNameProperty().get()).isEqualTo("UNKNOWN");
        assertThat(vm.regimeDescriptionProperty().get()).isEqualTo("no index history");
    }

    @Test
    void cancelKeepsTheLastFinishedScanAndSaysWhereItStopped() {
        vm.onResult(result(545, bullQuiet()));
        vm.onProgress(new ScanProgress(Stage.SCORE, 10, 6000, 20_000, 300, 200));
        vm.onCancelled();

        assertThat(vm.statusProperty().get()).isEqualTo(Status.CANCELLED);
        assertThat(vm.statusTextProperty().get()).isEqualTo("Cancelled at 12:00:05");
        assertThat(vm.progressTextProperty().get()).startsWith("cancelled · SCORE 10 / 6,000");
        assertThat(vm.lastScanMillisProperty().get()).isEqualTo(545);
        assertThat(vm.accountingHeadlineProperty().get()).isEqualTo("5,812 ranked");
    }

    @Test
    void failureShowsTheReason() {
        vm.onProgress(new ScanProgress(Stage.LOAD, 0, 0, 0, -1, 5));
        vm.onFailed(new IllegalStateException("no such folder: /data"));

        assertThat(vm.statusProperty().get()).isEqualTo(Status.FAILED);
        assertThat(vm.statusTextProperty().get()).isEqualTo("Failed: no such folder: /data");
        assertThat(vm.progressTextProperty().get()).isEqualTo("failed");
        vm.onFailed(new NullPointerException());
        assertThat(vm.statusTextProperty().get()).isEqualTo("Failed: NullPointerException");
    }

    @Test
    void unknownCpuLoadLeavesCoresBusyUnknown() {
        cpuLoad = -1;
        vm.onProgress(new ScanProgress(Stage.LOAD, 0, 10, 0, -1, 5));
        assertThat(vm.coresBusyProperty().get()).isNaN();
        assertThat(vm.coresTextProperty().get()).isEqualTo("— of 2");
    }

    @Test
    void longScansReadInSeconds() {
        assertThat(DashboardViewModel.millis(12_345)).isEqualTo("12.3 s");
        assertThat(DashboardViewModel.millis(1_234)).isEqualTo("1,234 ms");
    }
}
