package io.technic.scanner.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.indicator.Bollinger;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BreakoutsTest {

    /** {open, high, low, close, volume} of {@code n} flat bars: close 100, high 101, low 99, volume 1000. */
    private static double[][] flat(int n) {
        double[][] s = new double[5][n];
        Arrays.fill(s[0], 100);
        Arrays.fill(s[1], 101);
        Arrays.fill(s[2], 99);
        Arrays.fill(s[3], 100);
        Arrays.fill(s[4], 1000);
        return s;
    }

    private static int[] run(Breakouts.Breakout b, double[][] s) {
        int[] out = new int[s[0].length];
        b.compute(s[0], s[1], s[2], s[3], s[4], 0, s[0].length, out);
        return out;
    }

    private static Breakouts.Breakout breakout(String name) {
        return Breakouts.byName(name).orElseThrow();
    }

    @Test
    void newHighFiresOnlyWithEnoughVolume() {
        double[][] s = flat(300);
        s[3][280] = 100.5;          // a new 252-bar closing high
        s[4][280] = 1500;           // exactly 1.5x the 20-bar average
        s[3][290] = 100.5;          // equals the earlier high: not new
        s[4][290] = 5000;
        s[3][295] = 100.7;          // new high on ordinary volume
        int[] out = run(breakout("new_high_on_volume"), s);
        assertThat(out[280]).isEqualTo(100);
        assertThat(out[290]).isZero();
        assertThat(out[295]).isZero();
        assertThat(Arrays.stream(out).filter(v -> v != 0).count()).isEqualTo(1);
    }

    @Test
    void newHighNeedsAFullYearOfHistory() {
        double[][] s = flat(300);
        s[3][250] = 120;            // highest close so far, but only 250 bars before it
        s[4][250] = 9000;
        assertThat(run(breakout("new_high_on_volume"), s)[250]).isZero();
        assertThat(Breakouts.newHighOnVolumeLookback()).isEqualTo(251);
    }

    @Test
    void donchianBreakoutComparesWithYesterdaysChannel() {
        double[][] s = flat(40);
        s[3][30] = 101.5;           // above the 20-bar high of 101
        s[1][30] = 102;
        s[3][31] = 101.8;           // above 101 but not above yesterday's new high of 102
        s[3][35] = 98.5;            // below the 20-bar low of 99
        s[2][35] = 98;
        int[] out = run(breakout("donchian_breakout"), s);
        assertThat(out[30]).isEqualTo(100);
        assertThat(out[31]).isZero();
        assertThat(out[35]).isEqualTo(-100);
    }

    @Test
    void donchianBreakoutAgreesWithANaiveScanOnRealData() {
        BarColumns b = RealData.stocks().bars().slice(1);
        int n = b.length(0);
        int[] out = new int[n];
        Breakouts.donchian(b.high(), b.low(), b.close(), 0, n, out);
        for (int i = 20; i < n; i++) {
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int k = i - 20; k < i; k++) {
                hi = Math.max(hi, b.high()[k]);
                lo = Math.min(lo, b.low()[k]);
            }
            int expected = b.close()[i] > hi ? 100 : b.close()[i] < lo ? -100 : 0;
            assertThat(out[i]).as("bar " + i).isEqualTo(expected);
        }
    }

    @Test
    void squeezeReleaseFiresWhenAQuietMarketBreaksOut() {
        Random r = new Random(7);
        int n = 260;
        double[][] s = flat(n);
        for (int i = 0; i < 200; i++) {
            s[3][i] = 100 + r.nextGaussian() * 3;   // wide bands
        }
        for (int i = 200; i < 240; i++) {
            s[3][i] = 100 + r.nextGaussian() * 0.05; // quiet: the narrowest bands of the window
        }
        s[3][240] = 104;                              // breaks out upward
        int[] out = run(breakout("squeeze_release"), s);
        assertThat(out[240]).isEqualTo(100);
        for (int i = 0; i < 200; i++) {
            assertThat(out[i]).as("no squeeze while the bands are wide, bar " + i).isZero();
        }
        s[3][240] = 96;
        assertThat(run(breakout("squeeze_release"), s)[240]).isEqualTo(-100);
    }

    @Test
    void squeezeReleaseFiresOnlyOutsideTheBandAfterANarrowBandwidth() {
        BarColumns b = RealData.stocks().bars().slice(2);
        int n = b.length(0);
        double[] c = b.close();
        int[] out = new int[n];
        Breakouts.squeezeRelease(c, 0, n, out);
        double[][] bands = new double[4][n];
        Bollinger.compute(c, 0, n, 20, 2.0, bands[0], bands[1], bands[2], null, bands[3]);
        int fired = 0;
        for (int i = Breakouts.squeezeReleaseLookback(); i < n; i++) {
            if (out[i] == 0) {
                continue;
            }
            fired++;
            assertThat(out[i] > 0 ? c[i] > bands[0][i] : c[i] < bands[2][i]).as("outside the band at " + i).isTrue();
            double[] window = Arrays.copyOfRange(bands[3], i - 126, i);
            Arrays.sort(window);
            assertThat(bands[3][i - 1]).as("squeeze the bar before " + i).isLessThanOrEqualTo(window[12]);
        }
        assertThat(fired).as("releases in the real history").isPositive();
    }

    @Test
    void insideBarBreakoutUsesTheMotherBar() {
        double[][] s = flat(10);
        s[1][3] = 105;              // mother bar 3: 95..105
        s[2][3] = 95;
        s[1][4] = 103;              // inside bar 4
        s[2][4] = 97;
        s[3][5] = 104;              // above the inside bar, not above the mother: nothing
        s[1][5] = 104.5;
        int[] out = run(breakout("inside_bar_breakout"), s);
        assertThat(out[5]).isZero();
        s[3][5] = 105.5;
        s[1][5] = 106;
        assertThat(run(breakout("inside_bar_breakout"), s)[5]).isEqualTo(100);
        s[3][5] = 94;
        s[2][5] = 93;
        assertThat(run(breakout("inside_bar_breakout"), s)[5]).isEqualTo(-100);
        double[][] equal = flat(10);  // identical bars are not inside bars
        assertThat(run(breakout("inside_bar_breakout"), equal)).containsOnly(0);
    }

    @Test
    void breakoutsTouchOnlyTheirRangeAndAreCausal() {
        BarColumns b = RealData.stocks().bars().slice(0);
        int m = Math.min(600, b.length(0));
        double[][] in = {Arrays.copyOf(b.open(), m), Arrays.copyOf(b.high(), m), Arrays.copyOf(b.low(), m),
            Arrays.copyOf(b.close(), m), Arrays.copyOf(b.volume(), m)};
        int pad = 300;
        for (Breakouts.Breakout br : Breakouts.all()) {
            int[] alone = run(br, in);
            for (int i = 0; i < br.lookback(); i++) {
                assertThat(alone[i]).as(br.name() + " warm-up").isZero();
            }
            for (double poison : new double[] {Double.NaN, 1e9, 0}) {
                double[][] e = new double[5][pad + m + pad];
                for (int c = 0; c < 5; c++) {
                    Arrays.fill(e[c], poison);
                    System.arraycopy(in[c], 0, e[c], pad, m);
                }
                int[] out = new int[pad + m + pad];
                Arrays.fill(out, -7);
                br.compute(e[0], e[1], e[2], e[3], e[4], pad, pad + m, out);
                assertThat(Arrays.copyOfRange(out, pad, pad + m)).as(br.name() + " embedded").isEqualTo(alone);
                assertThat(Arrays.copyOf(out, pad)).containsOnly(-7);
                assertThat(Arrays.copyOfRange(out, pad + m, out.length)).containsOnly(-7);
            }
            for (int cut : new int[] {br.lookback(), m / 2, m - 1}) {
                int[] part = new int[m];
                br.compute(in[0], in[1], in[2], in[3], in[4], 0, cut, part);
                assertThat(Arrays.copyOf(part, cut)).as(br.name() + " cut at " + cut)
                        .isEqualTo(Arrays.copyOf(alone, cut));
            }
        }
    }
}
