package io.technic.app.ui.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * Tick labels of the bar-index x axis: the chart plots bar {@code i} at {@code x = i}, so there are
 * no weekend or holiday gaps, and this turns a tick position back into the bar's date.
 */
final class BarDateFormat extends StringConverter<Number> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.ROOT);

    private final Supplier<ChartData> data;

    BarDateFormat(Supplier<ChartData> data) {
        this.data = data;
    }

    @Override
    public String toString(Number x) {
        ChartData d = data.get();
        if (d == null || x == null || d.size() == 0) {
            return "";
        }
        long i = Math.round(x.doubleValue());
        if (i < 0 || i >= d.size()) {
            return "";
        }
        return format(d.date((int) i));
    }

    static String format(LocalDate date) {
        return DAY.format(date);
    }

    @Override
    public Number fromString(String s) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
