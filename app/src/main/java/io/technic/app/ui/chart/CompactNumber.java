package io.technic.app.ui.chart;

import java.util.Locale;
import javafx.util.StringConverter;

/** Volumes the way traders read them: {@code 950}, {@code 12K}, {@code 1.2M}, {@code 3.4B}. */
final class CompactNumber {

    private CompactNumber() {}

    /** {@code v} with a K / M / B suffix and {@code decimals} decimals for M and B. */
    static String format(double v, int decimals) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%." + decimals + "fB", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%." + decimals + "fM", v / 1e6);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "%.0fK", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /** Axis tick labels in this format, one decimal. */
    static StringConverter<Number> axisLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : format(n.doubleValue(), 1);
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("tick labels are not parsed");
            }
        };
    }
}
