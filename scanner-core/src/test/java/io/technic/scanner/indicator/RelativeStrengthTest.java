package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelativeStrengthTest {

    /** Every stock date is a SPY date in the real data, so a plain date -> close map is the reference. */
    @Test
    void relativeStrengthMatchesADateMapComputationOnRealData() {
        BarColumns spy = RealData.index().bars();
        Map<Integer, Double> spyClose = new HashMap<>();
        for (int i = spy.start(0); i < spy.end(0); i++) {
            spyClose.put(spy.day()[i], spy.close()[i]);
        }
        var stocks = RealData.stocks();
        BarColumns b = stocks.bars();
        int period = 63;
        double[] out = new double[b.barCount()];
        Arrays.fill(out, -7);
        int checked = 0;
        for (int s = 0; s < b.symbolCount(); s++) {
            int from = b.start(s);
            int to = b.end(s);
            RelativeStrength.compute(b.day(), b.close(), from, to,
                    spy.day(), spy.close(), spy.start(0), spy.end(0), period, out);
            for (int i = from; i < to; i++) {
                if (i < from + period) {
                    if (!Double.isNaN(out[i])) {
                        fail(stocks.symbols().get(s) + " " + b.date(i) + " warm-up: " + out[i]);
                    }
                    continue;
                }
                Double now = spyClose.get(b.day()[i]);
                Double then = spyClose.get(b.day()[i - period]);
                if (now == null || then == null) {
                    fail(stocks.symbols().get(s) + " " + b.date(i) + ": a date missing from SPY");
                }
                double expected = (b.close()[i] / b.close()[i - period]) / (now / then) - 1;
                if (!(Math.abs(out[i] - expected) <= 1e-12 * Math.max(1, Math.abs(expected)))) {
                    fail(stocks.symbols().get(s) + " " + b.date(i) + ": expected " + expected + ", got " + out[i]);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void relativeStrengthUsesTheLastIndexCloseOnOrBeforeAMissingDate() {
        int[] day = {10, 11, 12, 13, 14};
        double[] close = {100, 102, 104, 106, 108};
        int[] indexDay = {9, 10, 11, 13, 14}; // day 12 missing from the index
        double[] indexClose = {49, 50, 51, 52, 53};
        double[] out = new double[5];
        RelativeStrength.compute(day, close, 0, 5, indexDay, indexClose, 0, 5, 2, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        // day 12 -> index day 11 (51); day 10 -> 50
        assertThat(out[2]).isEqualTo((104.0 / 100) / (51.0 / 50) - 1, within(1e-15));
        // day 13 -> 52; day 11 -> 51
        assertThat(out[3]).isEqualTo((106.0 / 102) / (52.0 / 51) - 1, within(1e-15));
        // day 14 -> 53; day 12 (bar 2, two bars back) -> index day 11 again (51)
        assertThat(out[4]).isEqualTo((108.0 / 104) / (53.0 / 51) - 1, within(1e-15));
    }

    @Test
    void relativeStrengthIsNaNBeforeTheIndexStartsAndReadsOnlyTheIndexRange() {
        int[] day = {10, 11, 12, 13, 14};
        double[] close = {100, 102, 104, 106, 108};
        // index range [1, 5): days 11..14; the entries outside it are poison and must not be used
        int[] indexDay = {5, 11, 12, 13, 14, 15};
        double[] indexClose = {1e9, 50, 51, 52, 53, 1e-9};
        double[] out = new double[5];
        RelativeStrength.compute(day, close, 0, 5, indexDay, indexClose, 1, 5, 1, out);
        assertThat(out[0]).isNaN();                                        // warm-up
        assertThat(out[1]).as("day 10 precedes the index range").isNaN();
        assertThat(out[2]).isEqualTo((104.0 / 102) / (51.0 / 50) - 1, within(1e-15));
        assertThat(out[4]).isEqualTo((108.0 / 106) / (53.0 / 52) - 1, within(1e-15));
        // a symbol that outlives its index range keeps the last index close
        RelativeStrength.compute(new int[] {13, 14, 20}, new double[] {1, 2, 4}, 0, 3,
                indexDay, indexClose, 1, 5, 1, out);
        assertThat(out[2]).isEqualTo((4.0 / 2) / (53.0 / 53) - 1);
    }

    @Test
    void relativeStrengthTouchesOnlyItsRangeAndWarmsUpForPeriodBars() {
        BarColumns spy = RealData.index().bars();
        BarColumns aapl = KernelRangeContract.symbol("AAPL");
        int m = 200;
        int pad = 7;
        int[] day = new int[m + 2 * pad];
        double[] close = new double[m + 2 * pad];
        Arrays.fill(close, Double.NaN);
        System.arraycopy(aapl.day(), 0, day, pad, m);
        System.arraycopy(aapl.close(), 0, close, pad, m);
        double[] alone = new double[m];
        RelativeStrength.compute(Arrays.copyOf(aapl.day(), m), Arrays.copyOf(aapl.close(), m), 0, m,
                spy.day(), spy.close(), 0, spy.barCount(), 63, alone);
        double[] out = new double[m + 2 * pad];
        Arrays.fill(out, -7);
        RelativeStrength.compute(day, close, pad, pad + m, spy.day(), spy.close(), 0, spy.barCount(), 63, out);
        assertThat(Arrays.copyOfRange(out, pad, pad + m)).isEqualTo(alone);
        for (int i = 0; i < pad; i++) {
            assertThat(out[i]).isEqualTo(-7);
            assertThat(out[pad + m + i]).isEqualTo(-7);
        }
        assertThat(RelativeStrength.lookback(63)).isEqualTo(63);
        for (int i = 0; i < 63; i++) {
            assertThat(alone[i]).isNaN();
        }
        assertThat(alone[63]).isFinite();
        double[] shortRun = new double[m];
        RelativeStrength.compute(aapl.day(), aapl.close(), 5, 5 + 63, spy.day(), spy.close(), 0, spy.barCount(), 63,
                shortRun);
        assertThat(Arrays.copyOfRange(shortRun, 5, 68)).containsOnly(Double.NaN);
    }

    @Test
    void relativeStrengthRejectsBadArguments() {
        int[] d = new int[3];
        double[] x = new double[3];
        assertThatThrownBy(() -> RelativeStrength.compute(d, x, 0, 3, d, x, 0, 3, 0, x))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RelativeStrength.compute(d, x, 0, 3, d, x, 2, 1, 1, x))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
