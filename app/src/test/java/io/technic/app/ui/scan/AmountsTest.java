package io.technic.app.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void readsSuffixesAndSeparators() {
        assertThat(Amounts.parse("x", "5M")).isEqualTo(5e6);
        assertThat(Amounts.parse("x", "250k")).isEqualTo(250e3);
        assertThat(Amounts.parse("x", "1.5B")).isEqualTo(1.5e9);
        assertThat(Amounts.parse("x", " 1,000 ")).isEqualTo(1000);
        assertThat(Amounts.parse("x", "")).isNaN();
    }

    @Test
    void rejectsNegativeAndGarbageNamingTheField() {
        assertThatThrownBy(() -> Amounts.parse("Min price", "-3")).hasMessageContaining("Min price").hasMessageContaining("'-3'");
        assertThatThrownBy(() -> Amounts.parse("Min $ volume", "lots")).hasMessageContaining("Min $ volume");
    }

    @Test
    void formatsCompactlyAndReadsBack() {
        assertThat(Amounts.format(5e6)).isEqualTo("5M");
        assertThat(Amounts.format(20e6)).isEqualTo("20M");
        assertThat(Amounts.format(1e6)).isEqualTo("1M");
        assertThat(Amounts.format(12.5)).isEqualTo("12.5");
        assertThat(Amounts.format(Double.POSITIVE_INFINITY)).isEmpty();
        for (double v : new double[] {1, 5, 10, 12.5, 2500, 1e6, 5e6, 2.5e9}) {
            assertThat(Amounts.parse("x", Amounts.format(v))).isEqualTo(v);
        }
    }
}
