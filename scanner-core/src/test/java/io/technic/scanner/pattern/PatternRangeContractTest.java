package io.technic.scanner.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernel range convention (package-info) for every registered pattern: a range embedded
 * between poisoned bars gives bit for bit what it gives alone and leaves everything outside it
 * untouched; cutting the range short changes nothing before the cut; warm-up positions are 0.
 */
class PatternRangeContractTest {

    private static final int UNTOUCHED = -7;
    private static final double[] POISONS = {Double.NaN, 1e9, 0.0, -3.0};
    private static final int PAD = 23;

    static Stream<Pattern> patterns() {
        return Patterns.all().stream();
    }

    /** 800 real bars of the symbol on which most patterns fire, open/high/low/close. */
    private static double[][] realBars() {
        var data = RealData.stocks();
        BarColumns b = data.bars().slice(0);
        int n = Math.min(800, b.length(0));
        return new double[][] {Arrays.copyOf(b.open(), n), Arrays.copyOf(b.high(), n), Arrays.copyOf(b.low(), n),
            Arrays.copyOf(b.close(), n)};
    }

    private static int[] run(Pattern p, double[][] in, int from, int to, int size) {
        int[] out = new int[size];
        Arrays.fill(out, UNTOUCHED);
        p.compute(in[0], in[1], in[2], in[3], from, to, out);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void patternTouchesOnlyItsRangeAndIsCausal(Pattern p) {
        double[][] in = realBars();
        int m = in[0].length;
        int[] alone = run(p, in, 0, m, m);
        for (int i = 0; i < Math.min(p.lookback(), m); i++) {
            assertThat(alone[i]).as(p.name() + " warm-up at " + i).isZero();
        }
        for (int i = 0; i < m; i++) {
            assertThat(alone[i]).as(p.name() + " value at " + i).isIn(0, 100, -100, 200, -200);
        }
        for (double poison : POISONS) {
            double[][] embedded = new double[4][PAD + m + PAD];
            for (int c = 0; c < 4; c++) {
                Arrays.fill(embedded[c], poison);
                System.arraycopy(in[c], 0, embedded[c], PAD, m);
            }
            int[] out = run(p, embedded, PAD, PAD + m, PAD + m + PAD);
            assertThat(Arrays.copyOfRange(out, PAD, PAD + m)).as(p.name() + " between " + poison).isEqualTo(alone);
            for (int i = 0; i < PAD; i++) {
                assertThat(out[i]).as(p.name() + " before the range").isEqualTo(UNTOUCHED);
                assertThat(out[PAD + m + i]).as(p.name() + " after the range").isEqualTo(UNTOUCHED);
            }
        }
        for (int cut : new int[] {p.lookback(), p.lookback() + 1, m / 3, m - 1}) {
            int[] part = run(p, in, 0, cut, m);
            assertThat(Arrays.copyOf(part, cut)).as(p.name() + " cut at " + cut).isEqualTo(Arrays.copyOf(alone, cut));
            assertThat(part[cut]).as(p.name() + " past the cut").isEqualTo(UNTOUCHED);
        }
        int[] none = run(p, in, 5, 5, m);
        assertThat(none).as(p.name() + " over an empty range").containsOnly(UNTOUCHED);
    }

    @Test
    void patternsRejectABackwardRange() {
        double[] x = new double[20];
        for (Pattern p : Patterns.all()) {
            assertThatIllegalArgumentException().as(p.name())
                    .isThrownBy(() -> p.compute(x, x, x, x, 10, 5, new int[20]));
        }
    }

    @Test
    void penetrationMustBeNonNegative() {
        double[] x = new double[20];
        int[] out = new int[20];
        assertThatIllegalArgumentException().isThrownBy(() -> Stars.morningStar(x, x, x, x, 0, 20, -0.1, out));
        assertThatIllegalArgumentException().isThrownBy(() -> ManyCandles.matHold(x, x, x, x, 0, 20, Double.NaN, out));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwoCandles.darkCloudCover(x, x, x, x, 0, 20, -1, out));
    }
}
