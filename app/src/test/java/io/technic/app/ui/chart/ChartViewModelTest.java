package io.technic.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.indicator.Bollinger;
import io.technic.scanner.indicator.Keltner;
import io.technic.scanner.indicator.Macd;
import io.technic.scanner.indicator.Rsi;
import io.technic.scanner.indicator.Sma;
import io.technic.scanner.indicator.Supertrend;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.testdata.TestMarkets;
import io.technic.themes.Theme;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartViewModelTest {

    /** 3 symbols: 300, 260 and 12 bars. */
    private static final Market MARKET = TestMarkets.randomWalk(3, new int[] {300, 260, 12}, new String[] {"Tech"}, 7,
            List.of());

    private final Deque<Runnable> pending = new ArrayDeque<>();
    /** Runs worker tasks when the test says so; the "FX thread" is the test thread. */
    private final ChartViewModel vm = new ChartViewModel(pending::add, Runnable::run);

    @Test
    void seriesEqualTheIndicatorKernelsOnTheSymbolsBars() {
        vm.show(MARKET, "S0001");
        runAll();

        ChartData d = vm.dataProperty().get();
        BarColumns bars = MARKET.bars().slice(1);
        int n = bars.barCount();
        assertThat(d.size()).isEqualTo(260);
        assertThat(d.close()).containsExactly(bars.close());
        assertThat(d.days()).containsExactly(bars.day());

        double[] sma50 = new double[n];
        Sma.compute(bars.close(), 0, n, 50, sma50);
        assertThat(d.line(ChartData.Line.SMA_50)).containsExactly(sma50);
        double[] up = new double[n];
        double[] mid = new double[n];
        double[] lo = new double[n];
        Bollinger.compute(bars.close(), 0, n, 20, 2.0, up, mid, lo);
        assertThat(d.line(ChartData.Line.BB_UPPER)).containsExactly(up);
        assertThat(d.line(ChartData.Line.BB_LOWER)).containsExactly(lo);
        double[] ku = new double[n];
        double[] km = new double[n];
        double[] kl = new double[n];
        Keltner.compute(bars.high(), bars.low(), bars.close(), 0, n, 20, 10, 2.0, ku, km, kl, new double[n]);
        assertThat(d.line(ChartData.Line.KC_MIDDLE)).containsExactly(km);
        double[] st = new double[n];
        double[] dir = new double[n];
        Supertrend.compute(bars.high(), bars.low(), bars.close(), 0, n, 10, 3.0, st, dir);
        assertThat(d.line(ChartData.Line.SUPERTREND)).containsExactly(st);
        double[] rsi = new double[n];
        Rsi.compute(bars.close(), 0, n, 14, rsi);
        assertThat(d.line(ChartData.Line.RSI_14)).containsExactly(rsi);
        double[] macd = new double[n];
        double[] sig = new double[n];
        double[] hist = new double[n];
        Macd.compute(bars.close(), 0, n, 12, 26, 9, macd, sig, hist);
        assertThat(d.line(ChartData.Line.MACD_HISTOGRAM)).containsExactly(hist);
        assertThat(d.firstDefined(ChartData.Line.MACD)).isEqualTo(Macd.lookback(12, 26, 9));
    }

    @Test
    void headerShowsLastCloseAndSignedChange() {
        vm.show(MARKET, "S0000");
        runAll();

        ChartData d = vm.dataProperty().get();
        double last = d.close()[d.size() - 1];
        double prev = d.close()[d.size() - 2];
        assertThat(vm.lastCloseTextProperty().get()).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", last));
        assertThat(vm.changeTextProperty().get()).startsWith(last >= prev ? "+" : "-").contains("%)");
        assertThat(vm.changeSignProperty().get()).isEqualTo((int) Math.signum(last - prev));
        assertThat(vm.titleProperty().get()).isEqualTo("S0000  ·  Company 0");
        assertThat(vm.messageProperty().get()).startsWith("300 bars");
        assertThat(d.changeFraction()).isCloseTo((last - prev) / prev, within(1e-12));
    }

    @Test
    void aNewerShowSupersedesAStaleOneStillInFlight() {
        vm.show(MARKET, "S0000");
        vm.show(MARKET, "S0001");
        assertThat(vm.symbolProperty().get()).isEqualTo("S0001");
        assertThat(vm.loadingProperty().get()).isTrue();

        pending.pollLast().run(); // the newer one finishes first
        assertThat(vm.dataProperty().get().symbol()).isEqualTo("S0001");
        pending.pollFirst().run(); // the stale one arrives late and is dropped
        assertThat(vm.dataProperty().get().symbol()).isEqualTo("S0001");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aStaleResultArrivingFirstIsNotShownAndLoadingContinues() {
        vm.show(MARKET, "S0000");
        vm.show(MARKET, "S0001");

        pending.pollFirst().run();
        assertThat(vm.dataProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isTrue();
        pending.pollFirst().run();
        assertThat(vm.dataProperty().get().symbol()).isEqualTo("S0001");
    }

    @Test
    void shortHistoryLeavesLongWarmUpsUndefinedWithoutFailing() {
        vm.show(MARKET, "S0002");
        runAll();

        ChartData d = vm.dataProperty().get();
        assertThat(d.size()).isEqualTo(12);
        assertThat(d.line(ChartData.Line.SMA_200)).containsOnly(Double.NaN);
        assertThat(d.firstDefined(ChartData.Line.SMA_200)).isEqualTo(12);
        assertThat(d.firstDefined(ChartData.Line.EMA_12)).isEqualTo(11);
        assertThat(d.line(ChartData.Line.MACD)).containsOnly(Double.NaN);
        assertThat(vm.lastCloseTextProperty().get()).isNotBlank();
    }

    @Test
    void unknownSymbolReportsWhyAndShowsNothing() {
        vm.show(MARKET, "NOPE");
        runAll();

        assertThat(vm.dataProperty().get()).isNull();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).contains("NOPE");
    }

    @Test
    void supertrendSplitsIntoUpAndDownSegmentsThatCoverTheLine() {
        vm.show(MARKET, "S0000");
        runAll();

        ChartData d = vm.dataProperty().get();
        double[] line = d.line(ChartData.Line.SUPERTREND);
        double[] up = d.supertrendWhere(+1);
        double[] down = d.supertrendWhere(-1);
        int first = d.firstDefined(ChartData.Line.SUPERTREND);
        assertThat(first).isEqualTo(Supertrend.lookback(10));
        for (int i = 0; i < first; i++) {
            assertThat(up[i]).isNaN();
            assertThat(down[i]).isNaN();
        }
        for (int i = first; i < line.length; i++) {
            boolean isUp = d.line(ChartData.Line.SUPERTREND_DIRECTION)[i] == 1;
            assertThat(isUp ? up[i] : down[i]).isEqualTo(line[i]);
            assertThat(isUp ? down[i] : up[i]).isNaN();
        }
    }

    @Test
    void barSummaryDescribesTheBarUnderTheCrosshair() {
        vm.show(MARKET, "S0000");
        runAll();

        ChartData d = vm.dataProperty().get();
        int last = d.size() - 1;
        assertThat(vm.barSummary(last)).startsWith("8 Mar 24").contains(String.format(java.util.Locale.ROOT,
                "C %.2f", d.close()[last]));
        assertThat(vm.barSummary(-1)).isEmpty();
        assertThat(vm.barSummary(d.size())).isEmpty();
        assertThat(CompactNumber.format(1_234_567, 2)).isEqualTo("1.23M");
        assertThat(CompactNumber.format(12_400, 1)).isEqualTo("12K");
        assertThat(CompactNumber.format(3.4e9, 1)).isEqualTo("3.4B");
    }

    @Test
    void defaultsAreSmasOnRsiPaneAndDarkTheme() {
        assertThat(vm.overlayProperty(Overlay.SMA_200).get()).isTrue();
        assertThat(vm.overlayProperty(Overlay.BOLLINGER).get()).isFalse();
        assertThat(vm.lowerPaneProperty().get()).isEqualTo(LowerPane.RSI);
        vm.setTheme(Theme.LIGHT);
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    private void runAll() {
        while (!pending.isEmpty()) {
            pending.pollFirst().run();
        }
    }

    @Test
    void weeklyAndMonthlyShowResampledCandlesAndTheirLines() {
        vm.show(MARKET, "S0000");
        runAll();
        BarColumns daily = MARKET.bars().slice(0);
        vm.timeframeProperty().set(io.technic.scanner.model.Timeframe.WEEKLY);
        assertThat(vm.loadingProperty().get()).as("a new timeframe re-computes the symbol shown").isTrue();
        runAll();
        ChartData w = vm.dataProperty().get();
        var ref = io.technic.scanner.model.Timeframe.WEEKLY.resample(daily, 0);
        assertThat(w.timeframe()).isEqualTo(io.technic.scanner.model.Timeframe.WEEKLY);
        assertThat(w.size()).isEqualTo(ref.size()).isBetween(300 / 5, 300 / 5 + 2);
        assertThat(w.close()).containsExactly(ref.close());
        assertThat(w.high()).containsExactly(ref.high());
        assertThat(w.days()).containsExactly(ref.lastDay());
        double[] sma20 = new double[w.size()];
        Sma.compute(ref.close(), 0, w.size(), 20, sma20);
        assertThat(w.line(ChartData.Line.SMA_20)).containsExactly(sma20);
        assertThat(w.partial()).isEqualTo(ref.partial());
        assertThat(vm.messageProperty().get()).startsWith(w.size() + " weekly bars, ");

        vm.timeframeProperty().set(io.technic.scanner.model.Timeframe.MONTHLY);
        runAll();
        ChartData m = vm.dataProperty().get();
        assertThat(m.size()).isEqualTo(io.technic.scanner.model.Timeframe.MONTHLY.resample(daily, 0).size());
        assertThat(m.volume()[0] + m.volume()[1]).isEqualTo(java.util.Arrays.stream(daily.volume(), 0,
                io.technic.scanner.model.Timeframe.MONTHLY.resample(daily, 0).barStart()[2]).sum(), within(1e-6));
        assertThat(vm.messageProperty().get()).contains("monthly bars");
    }
}
