package io.technic.app.ui.results;

import io.technic.scanner.model.ScanRow;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A filter on one column of the results table, parsed from what the trader types:
 * for number columns {@code >70}, {@code >=70}, {@code <20}, {@code <=20}, {@code =5},
 * {@code 10..50} (inclusive) or a bare number (meaning {@code >=}); for text columns a
 * case-insensitive substring, or {@code =TEXT} for an exact match. Rows without a value never
 * pass a number filter.
 *
 * @param column     the column filtered
 * @param expression the text as typed (trimmed)
 */
public record ColumnFilter(ResultColumn column, String expression, Predicate<ScanRow> test) implements Predicate<ScanRow> {

    /**
     * Parses {@code expression} for {@code column}.
     *
     * @throws IllegalArgumentException naming the column and the text when it cannot be read
     */
    public static ColumnFilter parse(ResultColumn column, String expression) {
        String e = expression == null ? "" : expression.trim();
        if (e.isEmpty()) {
            throw new IllegalArgumentException("Filter on " + column.title() + ": type a condition, e.g. "
                    + (column.isNumeric() ? ">=70 or 10..50" : "a part of the text"));
        }
        if (!column.isNumeric()) {
            if (e.startsWith("=")) {
                String exact = e.substring(1).trim();
                return new ColumnFilter(column, e, r -> column.text().apply(r).equalsIgnoreCase(exact));
            }
            String needle = e.toLowerCase(Locale.ROOT);
            return new ColumnFilter(column, e, r -> column.text().apply(r).toLowerCase(Locale.ROOT).contains(needle));
        }
        int range = e.indexOf("..");
        if (range > 0) {
            double lo = num(column, e, e.substring(0, range));
            double hi = num(column, e, e.substring(range + 2));
            return new ColumnFilter(column, e, r -> {
                double v = column.numberOf(r);
                return v >= lo && v <= hi;
            });
        }
        String op = e.startsWith(">=") || e.startsWith("<=") ? e.substring(0, 2)
                : e.startsWith(">") || e.startsWith("<") || e.startsWith("=") ? e.substring(0, 1) : ">=";
        String rest = e.startsWith(op) ? e.substring(op.length()) : e;
        double x = num(column, e, rest);
        Predicate<ScanRow> p = switch (op) {
            case ">" -> r -> column.numberOf(r) > x;
            case "<" -> r -> column.numberOf(r) < x;
            case "<=" -> r -> column.numberOf(r) <= x;
            case "=" -> r -> column.numberOf(r) == x;
            default -> r -> column.numberOf(r) >= x;
        };
        return new ColumnFilter(column, e, p);
    }

    @Override
    public boolean test(ScanRow row) {
        return test.test(row);
    }

    /** For a chip: {@code MERIT >=70}. */
    public String describe() {
        return column.title() + " " + expression;
    }

    private static double num(ResultColumn c, String whole, String part) {
        try {
            return Double.parseDouble(part.trim().replace(",", ""));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Filter on " + c.title() + ": '" + whole
                    + "' is not a condition like >70, <=20, =5, 10..50");
        }
    }
}
