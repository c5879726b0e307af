package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.KernelRangeContract.talib;
import static io.technic.scanner.indicator.TaLibReference.TA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SupertrendTest {

    private static final KernelRangeContract.Kernel SUPERTREND = (c, from, to, out) ->
            Supertrend.compute(c[1], c[2], c[3], from, to, 10, 3.0, out[0], out[1]);

    /**
     * ATR 3, multiplier 1, so the bands are hl2 ± ATR. TR = max(h - l, |h - c[-1]|, |l - c[-1]|).
     * <pre>
     *  i  h     l     c     TR   ATR                hl2   basic U / L  final U  final L  trend  line
     *  0  11    9     10    -
     *  1  12    10    11    2
     *  2  11    9     10    2
     *  3  11    9     10    2    (2+2+2)/3 = 2      10    12 / 8       12       8        down   12
     *  4  10    8     9     2    (2*2+2)/3 = 2      9     11 / 7       11       8        down   11
     *  5  9     7     8     2    2                  8     10 / 6       10       8        down   10
     *  6  10    8     9.5   2    2                  9     11 / 7       10       8        down   10
     *  7  13    10    12.5  3.5  (2*2+3.5)/3 = 2.5  11.5  14 / 9       10       9        UP     9
     *  8  13.5  12.5  13    1    (2.5*2+1)/3 = 2    13    15 / 11      15       11       up     11
     *  9  13    11    11.5  2    2                  12    14 / 10      14       11       up     11
     * 10  11.5  9.5   10    2    2                  10.5  12.5 / 8.5   12.5     11       DOWN   12.5
     * 11  11    9     10.5  2    2                  10    12 / 8       12       8        down   12
     * </pre>
     * 3: first defined bar, starts down (10 is not above 12). 4: basic 11 &lt; 12, the upper band
     * follows. 6: basic 11 &gt; 10 and c[-1] 8 is not above 10, so the upper band holds at 10.
     * 7: close 12.5 &gt; 10 flips up; basic lower 9 &gt; 8 lifts the lower band. 8: c[-1] 12.5 was
     * above the upper band 10, so it resets to basic 15. 9: basic lower 10 &lt; 11 and c[-1] 13 is
     * not below 11: the lower band holds. 10: close 10 &lt; 11 flips down; the line is the upper
     * band, basic 12.5 &lt; 14. 11: c[-1] 10 was below the lower band 11, so it resets to basic 8.
     */
    @Test
    void supertrendRatchetsAndFlipsOnAHandComputedSeries() {
        double[] high = {11, 12, 11, 11, 10, 9, 10, 13, 13.5, 13, 11.5, 11};
        double[] low = {9, 10, 9, 9, 8, 7, 8, 10, 12.5, 11, 9.5, 9};
        double[] close = {10, 11, 10, 10, 9, 8, 9.5, 12.5, 13, 11.5, 10, 10.5};
        double[] line = new double[12];
        double[] direction = new double[12];
        Supertrend.compute(high, low, close, 0, 12, 3, 1.0, line, direction);
        double nan = Double.NaN;
        assertThat(line).containsExactly(nan, nan, nan, 12, 11, 10, 10, 9, 11, 11, 12.5, 12);
        assertThat(direction).containsExactly(nan, nan, nan, -1, -1, -1, -1, 1, 1, 1, -1, -1);
    }

    @Test
    void supertrendStartsDownUnlessTheFirstCloseIsAboveTheUpperBand() {
        double[] high = {11, 11, 11};
        double[] low = {9, 9, 9};
        double[] line = new double[3];
        double[] direction = new double[3];
        // ATR(1) at bar 1 = TR = 2; multiplier 0.25 -> bands 10 ± 0.5
        Supertrend.compute(high, low, new double[] {10, 10.9, 10}, 0, 3, 1, 0.25, line, direction);
        assertThat(direction[1]).isEqualTo(1);   // 10.9 > 10.5
        assertThat(line[1]).isEqualTo(9.5);
        Supertrend.compute(high, low, new double[] {10, 10.5, 10}, 0, 3, 1, 0.25, line, direction);
        assertThat(direction[1]).isEqualTo(-1);  // on the band is not through it
        assertThat(line[1]).isEqualTo(10.5);
    }

    /**
     * With the bands rebuilt from TA-Lib's ATR: the close is never on the wrong side of the line,
     * a continuing trend moves its line only towards price (to the new basic band or not at all),
     * and the direction changes exactly when the close goes strictly through the current band.
     */
    @Test
    void supertrendFlipsOnlyWhenCloseCrossesTheBandOnRealData() {
        AtomicLong flips = new AtomicLong();
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] atr = talib(n, (b, nb, o) -> TA.atr(0, n - 1, s.high(), s.low(), s.close(), 10, b, nb, o));
            double[] line = new double[n];
            double[] dir = new double[n];
            Supertrend.compute(s.high(), s.low(), s.close(), 0, n, 10, 3.0, line, dir);
            double[] close = s.close();
            for (int i = 0; i < Math.min(10, n); i++) {
                assertThat(line[i]).isNaN();
                assertThat(dir[i]).isNaN();
            }
            for (int i = 10; i < n; i++) {
                int bar = i;
                Supplier<String> at = () -> s.symbol() + " bar " + bar + ": close " + close[bar] + ", line "
                        + line[bar] + ", direction " + dir[bar]
                        + " (before: " + line[bar - 1] + ", " + dir[bar - 1] + ")";
                double hl2 = (s.high()[i] + s.low()[i]) / 2;
                double basicUpper = hl2 + 3 * atr[i];
                double basicLower = hl2 - 3 * atr[i];
                double tol = 1e-9 * Math.max(1, Math.abs(close[i]));
                check(dir[i] == 1 || dir[i] == -1, at);
                check(dir[i] > 0 ? close[i] >= line[i] : close[i] <= line[i], at); // never on the wrong side
                if (i == 10) {
                    check(Math.abs(line[i] - (dir[i] > 0 ? basicLower : basicUpper)) <= tol, at);
                    continue;
                }
                // the band the trend of bar i - 1 ratchets to at bar i (its close was on the right side)
                double band = dir[i - 1] < 0 ? Math.min(basicUpper, line[i - 1]) : Math.max(basicLower, line[i - 1]);
                if (dir[i] == dir[i - 1]) {
                    check(Math.abs(line[i] - band) <= tol, at);
                } else {
                    flips.incrementAndGet();
                    check(dir[i] > 0 ? close[i] > band - tol : close[i] < band + tol, at);
                }
            }
        });
        assertThat(flips.get()).as("trend changes seen").isGreaterThan(100);
    }

    private static void check(boolean ok, Supplier<String> what) {
        if (!ok) {
            throw new AssertionError(what.get());
        }
    }

    @Test
    void supertrendKeepsToTheRangeConvention() {
        double[][] in = KernelRangeContract.realColumns("AMD", 300);
        assertThat(Supertrend.lookback(10)).isEqualTo(10);
        KernelRangeContract.assertContract(SUPERTREND, in, 10, 10);
    }

    @Test
    void supertrendRejectsBadParameters() {
        double[] x = new double[5];
        assertThatThrownBy(() -> Supertrend.compute(x, x, x, 0, 5, 0, 3, x, x))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Supertrend.compute(x, x, x, 0, 5, 10, -1, x, x))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Supertrend.compute(x, x, x, 0, 5, 10, Double.POSITIVE_INFINITY, x, x))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
