package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MaxDrawdownTest {

    @Test
    void drawdownIsTheDeepestFallFromARunningPeakInTheWindow() {
        double[] c = {10, 12, 9, 11, 6, 8};
        double[] out = new double[6];
        MaxDrawdown.compute(c, 0, 6, 6, out);
        assertThat(out[5]).isCloseTo(0.5, within(1e-15)); // 12 -> 6
        MaxDrawdown.compute(c, 0, 6, 3, out);
        // windows [10,12,9], [12,9,11], [9,11,6], [11,6,8]
        assertThat(out[2]).isCloseTo(0.25, within(1e-15));
        assertThat(out[3]).isCloseTo(0.25, within(1e-15));
        assertThat(out[4]).isCloseTo(1 - 6.0 / 11, within(1e-15));
        assertThat(out[5]).isCloseTo(1 - 6.0 / 11, within(1e-15));
    }

    @Test
    void risingSeriesHasNoDrawdownAndWarmUpIsNaN() {
        double[] c = {1, 2, 3, 4, 5};
        double[] out = new double[5];
        MaxDrawdown.compute(c, 0, 5, 3, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isNaN();
        assertThat(Arrays.copyOfRange(out, 2, 5)).containsOnly(0.0);
    }

    @Test
    void onlyTheRangeIsWritten() {
        double[] c = {50, 10, 12, 9, 11, 6, 8, 50};
        double[] out = new double[8];
        Arrays.fill(out, -1);
        MaxDrawdown.compute(c, 1, 7, 6, out);
        assertThat(out[0]).isEqualTo(-1);
        assertThat(out[7]).isEqualTo(-1);
        assertThat(out[6]).isCloseTo(0.5, within(1e-15));
    }
}
