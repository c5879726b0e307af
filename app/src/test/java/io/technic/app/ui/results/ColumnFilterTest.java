package io.technic.app.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.app.ui.TestScans;
import io.technic.scanner.model.ScanRow;
import org.junit.jupiter.api.Test;

class ColumnFilterTest {

    private final ScanRow row = TestScans.small().rows().getFirst();
    private final ResultColumn fixed = ResultColumn.number("x", "X", 1, r -> 50);
    private final ResultColumn missing = ResultColumn.number("m", "M", 1, r -> Double.NaN);
    private final ResultColumn text = ResultColumn.text("sector", "Sector", r -> "Information Technology");

    @Test
    void numberOperatorsAndRanges() {
        assertThat(ColumnFilter.parse(fixed, ">49.5").test(row)).isTrue();
        assertThat(ColumnFilter.parse(fixed, ">50").test(row)).isFalse();
        assertThat(ColumnFilter.parse(fixed, ">=50").test(row)).isTrue();
        assertThat(ColumnFilter.parse(fixed, "<50").test(row)).isFalse();
        assertThat(ColumnFilter.parse(fixed, "<= 50").test(row)).isTrue();
        assertThat(ColumnFilter.parse(fixed, "=50").test(row)).isTrue();
        assertThat(ColumnFilter.parse(fixed, "50").test(row)).as("bare number means >=").isTrue();
        assertThat(ColumnFilter.parse(fixed, "10..50").test(row)).isTrue();
        assertThat(ColumnFilter.parse(fixed, "51..60").test(row)).isFalse();
    }

    @Test
    void rowsWithoutAValueNeverPassANumberFilter() {
        assertThat(ColumnFilter.parse(missing, ">=0").test(row)).isFalse();
        assertThat(ColumnFilter.parse(missing, "<1e9").test(row)).isFalse();
    }

    @Test
    void textIsASubstringOrAnExactMatch() {
        assertThat(ColumnFilter.parse(text, "tech").test(row)).isTrue();
        assertThat(ColumnFilter.parse(text, "=information technology").test(row)).isTrue();
        assertThat(ColumnFilter.parse(text, "=Information").test(row)).isFalse();
        assertThat(ColumnFilter.parse(text, "tech").describe()).isEqualTo("Sector tech");
    }

    @Test
    void badExpressionsNameTheColumn() {
        assertThatThrownBy(() -> ColumnFilter.parse(fixed, "")).hasMessageContaining("X");
        assertThatThrownBy(() -> ColumnFilter.parse(fixed, "big")).hasMessageContaining("'big'").hasMessageContaining("10..50");
    }
}
