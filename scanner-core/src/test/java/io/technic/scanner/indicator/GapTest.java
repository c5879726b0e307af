package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.model.BarColumns;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GapTest {

    private static final KernelRangeContract.Kernel GAP = (c, from, to, out) ->
            Gap.compute(c[0], c[3], from, to, out[0]);

    @Test
    void gapIsThePercentMoveFromThePreviousCloseToTheOpen() {
        double[] open = {50, 102, 99, 100};
        double[] close = {100, 100, 100, 0};
        double[] out = new double[4];
        Gap.compute(open, close, 0, 4, out);
        assertThat(out[0]).isNaN();
        assertThat(out[1]).isEqualTo(2.0, within(1e-12));  // 100 * (102 / 100 - 1)
        assertThat(out[2]).isEqualTo(-1.0, within(1e-12)); // 100 * (99 / 100 - 1)
        assertThat(out[3]).isEqualTo(0.0, within(1e-12));
        Gap.compute(new double[] {1, 5}, new double[] {0, 5}, 0, 2, out);
        assertThat(out[1]).as("no previous close to measure from").isNaN();
    }

    /** The Keurig merger special dividend: KDP closed 123.66 on 2018-07-09 and reopened near 22. */
    @Test
    void gapShowsTheKdpSpecialDividendOnRealData() {
        BarColumns kdp = KernelRangeContract.symbol("KDP");
        int i = kdp.lastIndexOnOrBefore(0, (int) LocalDate.of(2018, 7, 10).toEpochDay());
        assertThat(kdp.date(i)).isEqualTo(LocalDate.of(2018, 7, 10));
        assertThat(kdp.close()[i - 1]).isEqualTo(123.66);
        double[] out = new double[kdp.barCount()];
        Gap.compute(kdp.open(), kdp.close(), 0, kdp.barCount(), out);
        assertThat(out[i]).isEqualTo(100 * (kdp.open()[i] / 123.66 - 1), within(1e-12)).isBetween(-85.0, -78.0);
        for (int j = 1; j < kdp.barCount(); j++) {
            assertThat(out[j]).as("KDP gap at " + kdp.date(j)).isFinite().isGreaterThanOrEqualTo(out[i]);
        }
    }

    @Test
    void gapKeepsToTheRangeConvention() {
        double[][] in = KernelRangeContract.realColumns("JPM", 60);
        assertThat(Gap.lookback()).isEqualTo(1);
        KernelRangeContract.assertContract(GAP, in, 1);
    }
}
