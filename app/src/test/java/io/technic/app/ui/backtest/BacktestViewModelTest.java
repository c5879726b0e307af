package io.technic.app.ui.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.BarSources;
import io.technic.scanner.backtest.BacktestResult;
import io.technic.scanner.model.Market;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestViewModelTest {

    private static final String SOURCE = "sim:seed=6,symbols=200,bars=400";
    private static final Market MARKET = BarSources.parse(SOURCE).load();

    private final List<String> loaded = new ArrayList<>();
    private final BacktestViewModel vm = new BacktestViewModel(s -> {
        loaded.add(s);
        return CompletableFuture.completedFuture(MARKET);
    }, () -> SOURCE, Runnable::run, Runnable::run);

    @Test
    void aRunFillsTheStatisticsTableTheSummaryAndTheCurve() {
        vm.whereProperty().set("close > sma(50)");
        vm.rankByProperty().set("roc(20) desc");
        vm.topProperty().set("5");
        vm.fromProperty().set(LocalDate.of(2026, 6, 1));
        BacktestResult r = vm.run().join();
        assertThat(loaded).containsExactly(SOURCE);
        assertThat(vm.resultProperty().get()).isSameAs(r);
        assertThat(r.days().getLast().date()).isEqualTo(MARKET.lastDate());
        assertThat(r.days().getFirst().date()).isAfterOrEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("200 symbols × ");
        assertThat(vm.summaryProperty().get()).startsWith("Portfolio ").contains("max drawdown").contains("index");
        assertThat(vm.stats()).extracting(BacktestViewModel.StatRow::measure)
                .startsWith("Picks", "Mean return", "Universe mean", "Hit rate vs index");
        assertThat(vm.stats()).allSatisfy(row -> assertThat(row.values()).hasSize(4));
        BacktestViewModel.StatRow picks = vm.stats().getFirst();
        assertThat(picks.values().getFirst()).isEqualTo(String.format("%,d", r.horizons().getFirst().picks()));
        assertThat(vm.stats().get(3).values().getFirst()).isEqualTo(BacktestViewModel.pct(r.horizons().getFirst().hitRateVsIndex()));
    }

    @Test
    void badInputIsNamedInTheStatusBeforeAnyDataLoads() {
        vm.rankByProperty().set("roc(20) + merit + weekly.sector");
        assertThat(vm.run()).isCompletedExceptionally();
        assertThat(vm.statusProperty().get()).startsWith("'sector' is one text per symbol, not a weekly series");
        vm.rankByProperty().set("roc(20)");
        vm.topProperty().set("ten");
        assertThat(vm.run()).isCompletedExceptionally();
        assertThat(vm.statusProperty().get()).isEqualTo("Top N must be a whole number, got 'ten'");
        vm.topProperty().set("10");
        vm.fromProperty().set(LocalDate.of(2026, 5, 1));
        vm.toProperty().set(LocalDate.of(2026, 4, 1));
        assertThat(vm.run()).isCompletedExceptionally();
        assertThat(vm.statusProperty().get()).isEqualTo("--from 2026-05-01 is after --to 2026-04-01");
        assertThat(loaded).isEmpty();
        vm.fromProperty().set(LocalDate.of(2031, 1, 1));
        vm.toProperty().set(LocalDate.of(2031, 2, 1));
        assertThat(vm.run()).isCompletedExceptionally();
        assertThat(vm.statusProperty().get()).startsWith("Backtest failed: the range 2031-01-01 to 2031-02-01 holds no trading day");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void exportsWriteJsonAndBothCsvFiles(@TempDir Path dir) throws Exception {
        assertThat(vm.export(dir.resolve("none.json"), BacktestViewModel.ExportKind.JSON)).isCompletedExceptionally();
        assertThat(vm.statusProperty().get()).startsWith("Nothing to export");
        vm.fromProperty().set(LocalDate.of(2026, 9, 1));
        BacktestResult r = vm.run().join();
        Path json = vm.export(dir.resolve("bt.json"), BacktestViewModel.ExportKind.JSON).join();
        assertThat(Files.readString(json)).contains("\"equity\"").contains("\"horizons\"");
        Path picks = vm.export(dir.resolve("picks.csv"), BacktestViewModel.ExportKind.PICKS_CSV).join();
        assertThat(Files.readAllLines(picks)).hasSize(1 + r.days().stream().mapToInt(d -> d.picks().size()).sum());
        Path equity = vm.export(dir.resolve("equity.csv"), BacktestViewModel.ExportKind.EQUITY_CSV).join();
        assertThat(Files.readAllLines(equity)).hasSize(1 + r.days().size());
        assertThat(vm.statusProperty().get()).isEqualTo("Exported to " + equity);
    }
}
