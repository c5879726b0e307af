package io.technic.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import io.technic.app.bench.RandomWalkMarket.Walk;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaLibAnchorTest {

    private static final Core TA = new Core();

    /** Symbol 0: price ~2000, wild; symbol 1: price ~10, calm and just 252 bars long. */
    private static final List<Walk> VERY_DIFFERENT = List.of(
            new Walk(400, 2000, 0.08, 9e7), new Walk(252, 10, 0.005, 2e4));

    @Test
    void lastValuesEqualDirectTaLibCallsOnTheSymbolsOwnBars() {
        Market m = RandomWalkMarket.of(VERY_DIFFERENT, 400, 1);
        BarColumns one = m.bars().slice(1);
        double[] c = one.close();
        int n = c.length;
        try (TaLibAnchor anchor = new TaLibAnchor(m, TaLibAnchor.Mode.FULL_SERIES, 1)) {
            double[] last = anchor.lastValues(1);
            assertThat(last[IndicatorSet.indexOf("sma20")]).isEqualTo(direct(n, (b, nb, out) ->
                    TA.sma(0, n - 1, c, 20, b, nb, out)));
            assertThat(last[IndicatorSet.indexOf("sma200")]).isEqualTo(direct(n, (b, nb, out) ->
                    TA.sma(0, n - 1, c, 200, b, nb, out)));
            assertThat(last[IndicatorSet.indexOf("ema26")]).isEqualTo(direct(n, (b, nb, out) ->
                    TA.ema(0, n - 1, c, 26, b, nb, out)));
            assertThat(last[IndicatorSet.indexOf("rsi14")]).isEqualTo(direct(n, (b, nb, out) ->
                    TA.rsi(0, n - 1, c, 14, b, nb, out)));
            assertThat(last[IndicatorSet.indexOf("adx14")]).isEqualTo(direct(n, (b, nb, out) ->
                    TA.adx(0, n - 1, one.high(), one.low(), c, 14, b, nb, out)));
            // 252 bars: the only output of the 252-bar window is its first one
            assertThat(last[IndicatorSet.indexOf("high52w")]).isEqualTo(direct(n, (b, nb, out) ->
                    TA.max(0, n - 1, one.high(), 252, b, nb, out)));
            assertThat(last[IndicatorSet.indexOf("low52w")]).isEqualTo(direct(n, (b, nb, out) ->
                    TA.min(0, n - 1, one.low(), 252, b, nb, out)));
        }
    }

    @Test
    void symbolAfterAVeryDifferentOneComputesAsIfAlone() {
        Market both = RandomWalkMarket.of(VERY_DIFFERENT, 400, 1);
        Market alone = new Market("alone", "1", List.of(both.symbols().get(1)), both.bars().slice(1),
                both.index(), List.of());
        for (TaLibAnchor.Mode mode : TaLibAnchor.Mode.values()) {
            try (TaLibAnchor a = new TaLibAnchor(both, mode, 1); TaLibAnchor b = new TaLibAnchor(alone, mode, 1)) {
                assertThat(a.lastValues(1)).as(mode.name()).containsExactly(b.lastValues(0));
                assertThat(a.lastValues(1)[IndicatorSet.indexOf("high52w")]).isLessThan(100);
            }
        }
    }

    @Test
    void lastBarModeAgreesWithFullSeries() {
        Market m = RandomWalkMarket.of(5, 320, 3);
        try (TaLibAnchor full = new TaLibAnchor(m, TaLibAnchor.Mode.FULL_SERIES, 1);
             TaLibAnchor last = new TaLibAnchor(m, TaLibAnchor.Mode.LAST_BAR, 1)) {
            for (int s = 0; s < m.size(); s++) {
                double[] f = full.lastValues(s);
                double[] l = last.lastValues(s);
                for (int k = 0; k < f.length; k++) {
                    assertThat(l[k]).as(IndicatorSet.OUTPUTS.get(k))
                            .isCloseTo(f[k], within(1e-9 * Math.max(1, Math.abs(f[k]))));
                }
            }
            assertThat(last.run()).isCloseTo(full.run(), within(1e-6 * Math.abs(full.run())));
        }
    }

    @Test
    void everyOutputIsFiniteOnceWarmedUp() {
        Market m = RandomWalkMarket.of(4, 300, 5);
        try (TaLibAnchor anchor = new TaLibAnchor(m, TaLibAnchor.Mode.FULL_SERIES, 1)) {
            for (int s = 0; s < m.size(); s++) {
                double[] v = anchor.lastValues(s);
                for (int k = 0; k < v.length; k++) {
                    assertThat(Double.isFinite(v[k])).as(IndicatorSet.OUTPUTS.get(k) + " = " + v[k]).isTrue();
                }
            }
        }
    }

    @Test
    void checksumDoesNotDependOnThreadCount() {
        Market m = RandomWalkMarket.of(23, 260, 9);
        try (TaLibAnchor one = new TaLibAnchor(m, TaLibAnchor.Mode.FULL_SERIES, 1);
             TaLibAnchor three = new TaLibAnchor(m, TaLibAnchor.Mode.FULL_SERIES, 3)) {
            double expected = one.run();
            assertThat(three.run()).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
            assertThat(three.run()).isEqualTo(three.run());
        }
    }

    @Test
    void shortAndEmptySymbolsGiveNaNWithoutFailing() {
        Market m = RandomWalkMarket.of(List.of(new Walk(0, 10, 0.01, 1e5), new Walk(1, 10, 0.01, 1e5),
                new Walk(30, 10, 0.01, 1e5), new Walk(300, 10, 0.01, 1e5)), 0, 2);
        for (TaLibAnchor.Mode mode : TaLibAnchor.Mode.values()) {
            try (TaLibAnchor anchor = new TaLibAnchor(m, mode, 2)) {
                assertThat(anchor.run()).isFinite();
                assertThat(anchor.lastValues(0)).containsOnly(Double.NaN);
                double[] thirty = anchor.lastValues(2);
                assertThat(thirty[IndicatorSet.indexOf("sma20")]).isFinite();
                assertThat(thirty[IndicatorSet.indexOf("sma50")]).isNaN();
                // no index in this market
                assertThat(anchor.lastValues(3)[IndicatorSet.indexOf("rsVsIndex63")]).isNaN();
            }
        }
    }

    private interface Call {
        void run(MInteger beg, MInteger nb, double[] out);
    }

    private static double direct(int n, Call call) {
        MInteger beg = new MInteger();
        MInteger nb = new MInteger();
        double[] out = new double[n];
        call.run(beg, nb, out);
        assertThat(nb.value).isPositive();
        return out[nb.value - 1];
    }
}
