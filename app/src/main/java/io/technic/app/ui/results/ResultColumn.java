package io.technic.app.ui.results;

import io.technic.scanner.model.ScanRow;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * One column of the results table: a text column reads a string from a row, a number column a
 * {@code double} (NaN when the row has no value; NaN sorts last).
 *
 * @param id       stable name, used for persistence and filters (e.g. {@code merit})
 * @param title    header text
 * @param kind     how the value is shown and filtered
 * @param decimals digits after the point for numbers
 * @param text     the value of a text column (null for number columns)
 * @param number   the value of a number column (null for text columns)
 */
public record ResultColumn(String id, String title, Kind kind, int decimals, Function<ScanRow, String> text,
                           ToDoubleFunction<ScanRow> number) {

    /** How a column is shown: text left-aligned, numbers right-aligned, scores with colour bands. */
    public enum Kind { TEXT, NUMBER, SCORE }

    public static ResultColumn text(String id, String title, Function<ScanRow, String> f) {
        return new ResultColumn(id, title, Kind.TEXT, 0, f, null);
    }

    public static ResultColumn number(String id, String title, int decimals, ToDoubleFunction<ScanRow> f) {
        return new ResultColumn(id, title, Kind.NUMBER, decimals, null, f);
    }

    public static ResultColumn score(String id, String title, ToDoubleFunction<ScanRow> f) {
        return new ResultColumn(id, title, Kind.SCORE, 1, null, f);
    }

    public boolean isNumeric() {
        return kind != Kind.TEXT;
    }

    /** The number of a numeric column. @throws IllegalStateException for a text column */
    public double numberOf(ScanRow r) {
        if (number == null) {
            throw new IllegalStateException("column " + id + " is text");
        }
        return number.applyAsDouble(r);
    }

    /** The cell text as shown (numbers rounded to {@link #decimals}, blank for NaN). */
    public String format(ScanRow r) {
        if (text != null) {
            return text.apply(r);
        }
        double v = number.applyAsDouble(r);
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,." + decimals + "f", v) : "";
    }
}
