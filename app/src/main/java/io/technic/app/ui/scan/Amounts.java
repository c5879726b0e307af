package io.technic.app.ui.scan;

import java.util.Locale;

/** Parses and formats the amounts traders type: {@code 5M}, {@code 250k}, {@code 1.5B}, {@code 12.5}. */
public final class Amounts {

    private Amounts() {}

    /**
     * Parses a non-negative amount with an optional k/M/B suffix (thousands separators allowed).
     *
     * @param what names the field in the error
     * @return the value, or {@code NaN} for a blank text
     * @throws IllegalArgumentException naming {@code what} and the text when it is not a non-negative number
     */
    public static double parse(String what, String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        String t = text.trim().replace(",", "").replace("_", "");
        double mult = 1;
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        if (last == 'k' || last == 'm' || last == 'b') {
            mult = last == 'k' ? 1e3 : last == 'm' ? 1e6 : 1e9;
            t = t.substring(0, t.length() - 1).trim();
        }
        try {
            double v = Double.parseDouble(t) * mult;
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text.trim() + "' is not a non-negative number (e.g. 12.5, 250k, 5M)");
        }
    }

    /** Formats an amount compactly ({@code 5M}, {@code 250k}, {@code 12.5}); blank for NaN or infinity. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v >= 1e9 && v % 1e7 == 0) {
            return trim(v / 1e9) + "B";
        }
        if (v >= 1e6 && v % 1e4 == 0) {
            return trim(v / 1e6) + "M";
        }
        if (v >= 1e3 && v % 10 == 0) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
