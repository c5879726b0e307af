package io.technic.scanner.data.csv;

import java.nio.charset.StandardCharsets;

/**
 * Parses CSV fields straight from bytes: decimals and dates, with no String per field.
 * Holds the status of the last number parsed, so one instance serves one thread.
 */
final class FieldParser {

    /** Returned by the date parsers for text that is not a valid date. */
    static final int NO_DATE = Integer.MIN_VALUE;

    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** Whether the last {@link #parseDouble} met text that is not a number. */
    boolean failed;

    /**
     * Parses a decimal such as {@code 170.73}, {@code -3.1}, {@code 1e-3}, {@code NaN}; sets
     * {@link #failed} (and returns NaN) for anything else. Plain decimals of up to 15 digits take
     * a fast path that is exact: the mantissa is below 2^53 and 10^k is exact for k <= 22, so one
     * IEEE division rounds once, exactly as {@link Double#parseDouble} would.
     */
    double parseDouble(byte[] buf, int from, int to) {
        failed = false;
        int i = from;
        boolean neg = false;
        if (i < to && (buf[i] == '-' || buf[i] == '+')) {
            neg = buf[i] == '-';
            i++;
        }
        long mant = 0;
        int digits = 0;
        int frac = -1;
        for (; i < to; i++) {
            byte ch = buf[i];
            if (ch >= '0' && ch <= '9') {
                if (++digits > 15) {
                    return slow(buf, from, to);
                }
                mant = mant * 10 + (ch - '0');
                if (frac >= 0) {
                    frac++;
                }
            } else if (ch == '.' && frac < 0) {
                frac = 0;
            } else {
                return slow(buf, from, to);
            }
        }
        if (digits == 0) {
            return slow(buf, from, to);
        }
        double v = frac > 0 ? mant / POW10[frac] : mant;
        return neg ? -v : v;
    }

    private double slow(byte[] buf, int from, int to) {
        String s = text(buf, from, to).strip();
        // Double.parseDouble also takes hex floats and a trailing 'd'/'f'; CSV numbers are neither.
        boolean plain = !s.isEmpty();
        for (int k = 0; k < s.length() && plain; k++) {
            char ch = s.charAt(k);
            plain = (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E';
        }
        String word = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        if (plain || word.equals("NaN") || word.equals("Infinity")) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                // falls through
            }
        }
        failed = true;
        return Double.NaN;
    }

    /** Whether a field is empty or the word {@code null} (Yahoo's marker of a missing value). */
    static boolean isMissing(byte[] buf, int from, int to) {
        if (from == to) {
            return true;
        }
        return to - from == 4 && (buf[from] | 0x20) == 'n' && (buf[from + 1] | 0x20) == 'u'
                && (buf[from + 2] | 0x20) == 'l' && (buf[from + 3] | 0x20) == 'l';
    }

    /**
     * Parses {@code yyyy-MM-dd} (optionally followed by a space or {@code T} and a time, which
     * is ignored) or {@code yyyyMMdd} into an epoch day, or returns {@link #NO_DATE}.
     */
    static int parseDate(byte[] buf, int from, int to) {
        int len = to - from;
        if (len == 8) {
            int y = digits(buf, from, 4);
            int m = digits(buf, from + 4, 2);
            int d = digits(buf, from + 6, 2);
            return y < 0 || m < 0 || d < 0 ? NO_DATE : epochDay(y, m, d);
        }
        if (len >= 10 && buf[from + 4] == '-' && buf[from + 7] == '-'
                && (len == 10 || buf[from + 10] == ' ' || buf[from + 10] == 'T')) {
            int y = digits(buf, from, 4);
            int m = digits(buf, from + 5, 2);
            int d = digits(buf, from + 8, 2);
            return y < 0 || m < 0 || d < 0 ? NO_DATE : epochDay(y, m, d);
        }
        return NO_DATE;
    }

    private static int digits(byte[] buf, int p, int count) {
        int v = 0;
        for (int i = 0; i < count; i++) {
            int ch = buf[p + i] - '0';
            if (ch < 0 || ch > 9) {
                return -1;
            }
            v = v * 10 + ch;
        }
        return v;
    }

    /**
     * Epoch day of a proleptic Gregorian date (as {@code LocalDate.toEpochDay}), or
     * {@link #NO_DATE} when month or day is out of range. H. Hinnant's days-from-civil.
     */
    static int epochDay(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
            return NO_DATE;
        }
        int yy = m <= 2 ? y - 1 : y;
        int era = Math.floorDiv(yy, 400);
        int yoe = yy - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static int daysInMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** 0 = Monday .. 6 = Sunday. */
    static int dayOfWeek(int epochDay) {
        return Math.floorMod(epochDay + 3, 7);
    }

    static String text(byte[] buf, int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }
}
