package io.technic.app.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.TestScans;
import io.technic.app.ui.service.FakeScanService;
import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanViewModelTest {

    private final FakeScanService service = new FakeScanService();
    private final ScanViewModel vm = new ScanViewModel(service, Runnable::run);
    private final List<String> events = new ArrayList<>();

    ScanViewModelTest() {
        vm.addListener(new ScanEvents() {
            @Override
            public void onProgress(ScanProgress p) {
                events.add("progress " + p.stage());
            }

            @Override
            public void onResult(ScanResult r) {
                events.add("result " + r.accounting().ranked());
            }

            @Override
            public void onCancelled() {
                events.add("cancelled");
            }

            @Override
            public void onFailed(Throwable t) {
                events.add("failed " + t.getMessage());
            }
        });
    }

    @Test
    void defaultFormIsTheDemoMarketWithTheBalancedFloorsAndIsRunnable() {
        ScanRequest r = vm.request();
        assertThat(r.source()).isEqualTo("sim");
        assertThat(r.profile()).isEqualTo(Profile.BALANCED);
        assertThat(r.filter().minPrice()).isEqualTo(5);
        assertThat(r.filter().minDollarVolume()).isEqualTo(5e6);
        assertThat(r.filter().maxPrice()).isInfinite();
        assertThat(vm.validationProperty().get()).isEmpty();
        assertThat(vm.canRunBinding().get()).isTrue();
    }

    @Test
    void offloadToggleGoesWithTheScanAndSaysWhereScansRun() {
        assertThat(vm.offloadHintProperty().get()).isEqualTo("Off: scans run on this machine");
        vm.offloadProperty().set(true);
        assertThat(vm.offloadHintProperty().get()).isEqualTo("On, but scans run here: no remote endpoint in Settings");
        vm.setOffloadTarget("remote · 2 endpoints", null);
        assertThat(vm.offloadHintProperty().get()).isEqualTo("On: remote · 2 endpoints");
        vm.run();
        assertThat(service.submissions.getLast().offload).isTrue();
        service.submissions.getLast().listener.onProgress(new io.technic.scanner.model.ScanProgress(
                io.technic.scanner.model.Stage.REMOTE, 3, 12, 0, -1, 1500, 2));
        assertThat(vm.stageProperty().get()).isEqualTo("REMOTE");
        assertThat(vm.progressTextProperty().get()).startsWith("shard 3 / 12  ·  2 retries");
        vm.cancel();
        vm.offloadProperty().set(false);
        vm.run();
        assertThat(service.submissions.getLast().offload).isFalse();
    }

    @Test
    void formTextBecomesTheRequest() {
        vm.sourceKindProperty().set(SourceKind.CSV);
        vm.csvPathProperty().set("/data/us.csv.gz");
        vm.selectedSectors().setAll("Energy", "Utilities");
        vm.minPriceProperty().set("12.5");
        vm.maxPriceProperty().set("1,000");
        vm.minDollarVolumeProperty().set("250k");
        vm.minHistoryProperty().set("400");
        vm.topNProperty().set("50");
        vm.asOfProperty().set(LocalDate.of(2024, 3, 8));
        vm.threadsProperty().set(3);
        ScanRequest r = vm.request();
        assertThat(r.source()).isEqualTo("csv:/data/us.csv.gz");
        assertThat(r.filter().sectors()).containsExactlyInAnyOrder("energy", "utilities");
        assertThat(r.filter().minPrice()).isEqualTo(12.5);
        assertThat(r.filter().maxPrice()).isEqualTo(1000);
        assertThat(r.filter().minDollarVolume()).isEqualTo(250_000);
        assertThat(r.filter().minHistoryBars()).isEqualTo(400);
        assertThat(r.topN()).isEqualTo(50);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(r.threads()).isEqualTo(3);
    }

    @Test
    void theBarStoreIsItsDefaultFolderOrTheChosenOne() {
        vm.sourceKindProperty().set(SourceKind.STORE);
        assertThat(vm.request().source()).isEqualTo("store");
        vm.storeDirProperty().set(" /data/bars ");
        assertThat(vm.request().source()).isEqualTo("store:/data/bars");
        assertThat(vm.snapshot().storeDir()).isEqualTo(" /data/bars ");
    }

    @Test
    void invalidFieldsAreNamedAndBlockRunning() {
        vm.minPriceProperty().set("cheap");
        assertThat(vm.validationProperty().get()).contains("Min price").contains("'cheap'");
        assertThat(vm.canRunBinding().get()).isFalse();
        vm.minPriceProperty().set("50");
        vm.maxPriceProperty().set("20");
        assertThat(vm.validationProperty().get()).contains("Max price").contains("below");
        vm.maxPriceProperty().set("");
        vm.sourceKindProperty().set(SourceKind.CSV);
        assertThat(vm.validationProperty().get()).contains("CSV").contains("choose a file");
        vm.sourceKindProperty().set(SourceKind.LIVE);
        assertThat(vm.validationProperty().get()).contains("looking for the bar store");
        vm.run();
        assertThat(service.submissions).isEmpty();
    }

    @Test
    void theLiveProviderSourceOpensOnlyOnceTechnicSyncHasFilledTheBarStore() {
        assertThat(service.liveProbes).as("the view model looks for the store when it starts").isEqualTo(1);
        vm.sourceKindProperty().set(SourceKind.LIVE);
        service.live.complete(null);                      // no store written yet
        assertThat(vm.liveAvailableProperty().get()).isFalse();
        assertThat(vm.liveStatusProperty().get()).contains("no bar store at /home/trader/.local/share/technic/bars")
                .contains("technic sync --provider polygon");
        assertThat(vm.validationProperty().get()).isEqualTo(vm.liveStatusProperty().get());
        assertThat(vm.liveChoiceProperty().get()).isEqualTo("Live provider: no bar store yet (run technic sync)");
        assertThat(vm.canRunBinding().get()).isFalse();
        vm.run();
        assertThat(service.submissions).isEmpty();
        assertThat(vm.statusProperty().get()).contains("technic sync");

        // the trader runs technic sync, then opens the source list again
        service.live = new java.util.concurrent.CompletableFuture<>();
        vm.refreshLive();
        Path dir = Path.of("/home/trader/.local/share/technic/bars");
        service.live.complete(new BarStore.Info(dir, 12, "polygon:grouped-daily,adjusted=true", 5812, 4_300_000, 3,
                200_000_000, true, LocalDate.of(2024, 3, 8)));
        assertThat(vm.liveAvailableProperty().get()).isTrue();
        assertThat(vm.liveChoiceProperty().get()).isEqualTo(SourceKind.LIVE.label());
        assertThat(vm.liveStatusProperty().get()).contains("Polygon bars").contains("5,812 symbols")
                .contains("last day 2024-03-08");
        assertThat(vm.validationProperty().get()).isEmpty();
        assertThat(service.markets).as("its sectors are loaded for the sector list").containsKey("store:" + dir);
        vm.run();
        assertThat(service.last().request.source()).isEqualTo("store:" + dir);
    }

    @Test
    void anUnreadableLiveStoreSaysWhy() {
        service.live.completeExceptionally(new java.util.concurrent.CompletionException(
                new io.technic.scanner.data.DataException("/x/bars/CURRENT: does not name a manifest (corrupt file)")));
        vm.sourceKindProperty().set(SourceKind.LIVE);
        assertThat(vm.liveAvailableProperty().get()).isFalse();
        assertThat(vm.validationProperty().get()).contains("cannot be read").contains("corrupt file");
    }

    @Test
    void choosingAProfileSetsItsPriceAndLiquidityFloors() {
        vm.profileProperty().set(Profile.CONSERVATIVE);
        assertThat(vm.minPriceProperty().get()).isEqualTo("10");
        assertThat(vm.minDollarVolumeProperty().get()).isEqualTo("20M");
        assertThat(vm.request().profile()).isEqualTo(Profile.CONSERVATIVE);
    }

    @Test
    void runShowsProgressThenTheResultAndTellsListeners() {
        vm.simSpecProperty().set(TestScans.SMALL_SIM);
        vm.sectorNeutralProperty().set(true);
        vm.run();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.canRunBinding().get()).isFalse();
        var s = service.last();
        assertThat(s.request.source()).isEqualTo(TestScans.SMALL_SIM);
        assertThat(s.sectorNeutral).isTrue();

        s.listener.onProgress(new ScanProgress(Stage.INDICATORS, 1_200, 4_000, 3_100, 900, 1_500));
        assertThat(vm.stageProperty().get()).isEqualTo("INDICATORS");
        assertThat(vm.progressProperty().get()).isEqualTo(0.3);
        assertThat(vm.progressTextProperty().get()).contains("1,200 / 4,000").contains("3,100 sym/s").contains("ETA 0.9 s");

        vm.run(); // ignored while running
        assertThat(service.submissions).hasSize(1);

        ScanResult r = TestScans.small();
        s.result.complete(r);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).isSameAs(r);
        assertThat(vm.stageProperty().get()).isEqualTo("DONE");
        assertThat(vm.statusProperty().get()).contains("Ranked " + r.accounting().ranked());
        assertThat(events).containsExactly("progress INDICATORS", "result " + r.accounting().ranked());
        assertThat(vm.lastRequestProperty().get()).isEqualTo(s.request);
    }

    @Test
    void cancelAsksTheEngineAndEndsAsCancelled() {
        vm.run();
        vm.cancel();
        assertThat(service.last().cancelRequested).isTrue();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.stageProperty().get()).isEqualTo("CANCELLED");
        assertThat(vm.statusProperty().get()).isEqualTo("Scan cancelled");
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void aFailedScanShowsTheEnginesMessage() {
        vm.run();
        service.last().result.completeExceptionally(new java.util.concurrent.CompletionException(
                new io.technic.scanner.data.DataException("no such file: /x.csv")));
        assertThat(vm.stageProperty().get()).isEqualTo("FAILED");
        assertThat(vm.statusProperty().get()).isEqualTo("Scan failed: no such file: /x.csv");
        assertThat(events).containsExactly("failed no such file: /x.csv");
        assertThat(vm.canRunBinding().get()).isTrue();
    }

    @Test
    void sectorsComeFromTheLoadedSourceAndKeepOnlyExistingChoices() {
        vm.selectedSectors().setAll("Energy", "Nonexistent");
        vm.refreshSectors();
        assertThat(vm.sectorsStatusProperty().get()).startsWith("Loading sim");
        service.market("sim").complete(io.technic.app.context.Engine.load(TestScans.SMALL_SIM));
        assertThat(vm.sectors()).contains("Energy", "Financials").isSorted();
        assertThat(vm.selectedSectors()).containsExactly("Energy");
        assertThat(vm.marketProperty().get()).isNotNull();
        assertThat(vm.sectorsStatusProperty().get()).contains("300 symbols");
    }

    @Test
    void snapshotAndRestoreKeepTheFormAsTyped() {
        vm.sourceKindProperty().set(SourceKind.CSV);
        vm.csvPathProperty().set("/tmp/bars");
        vm.profileProperty().set(Profile.AGGRESSIVE);
        vm.minPriceProperty().set("oops");
        vm.topNProperty().set("25");
        vm.asOfProperty().set(LocalDate.of(2025, 1, 31));
        ScanForm f = vm.snapshot();

        ScanViewModel other = new ScanViewModel(service, Runnable::run);
        other.restore(f);
        assertThat(other.snapshot()).isEqualTo(f);
        assertThat(other.validationProperty().get()).contains("Min price");
    }
}
