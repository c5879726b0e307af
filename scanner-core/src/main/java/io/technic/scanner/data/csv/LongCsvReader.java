package io.technic.scanner.data.csv;

import io.technic.scanner.data.DataException;
import io.technic.scanner.model.BarColumns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the long CSV format {@code symbol,date,open,high,low,close,volume} (gzip or plain,
 * rows grouped by symbol) straight into columns, parsing bytes without creating a String per
 * field. A first, strict version: any malformed line fails with file:line.
 */
public final class LongCsvReader {

    /** Symbols in file order and their bars. */
    public record Result(List<String> symbols, BarColumns bars) {}

    private LongCsvReader() {}

    /**
     * Reads the whole file.
     *
     * @throws DataException naming file:line on the first malformed line, or if the file cannot be read
     */
    public static Result read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return parse(in.readAllBytes(), file.getFileName().toString());
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Result parse(byte[] buf, String name) {
        int n = buf.length;
        int pos = 0;
        // header
        while (pos < n && buf[pos] != '\n') {
            pos++;
        }
        pos++;
        int line = 1;
        List<String> symbols = new ArrayList<>();
        BarColumns.Builder b = new BarColumns.Builder(n / 48);
        String current = null;
        double[] f = new double[5];
        while (pos < n) {
            line++;
            int eol = pos;
            while (eol < n && buf[eol] != '\n') {
                eol++;
            }
            int end = eol > pos && buf[eol - 1] == '\r' ? eol - 1 : eol;
            if (end == pos) {
                pos = eol + 1;
                continue;
            }
            int c = pos;
            while (c < end && buf[c] != ',') {
                c++;
            }
            if (c == end) {
                throw new DataException(name + ":" + line + ": expected 7 comma-separated fields");
            }
            if (current == null || !sameAscii(current, buf, pos, c)) {
                if (current != null) {
                    b.endSymbol();
                }
                current = new String(buf, pos, c - pos, java.nio.charset.StandardCharsets.US_ASCII);
                symbols.add(current);
            }
            int d = c + 1;
            int day = parseDate(buf, d, end, name, line);
            int p = d + 11;
            for (int k = 0; k < 5; k++) {
                int q = p;
                while (q < end && buf[q] != ',') {
                    q++;
                }
                if (q == p || (k < 4 && q == end)) {
                    throw new DataException(name + ":" + line + ": expected 7 comma-separated fields");
                }
                f[k] = parseDouble(buf, p, q, name, line);
                p = q + 1;
            }
            b.add(day, f[0], f[1], f[2], f[3], f[4]);
            pos = eol + 1;
        }
        if (current != null) {
            b.endSymbol();
        }
        return new Result(symbols, b.build());
    }

    private static boolean sameAscii(String s, byte[] buf, int from, int to) {
        if (s.length() != to - from) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != buf[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int parseDate(byte[] buf, int p, int end, String name, int line) {
        if (p + 10 > end || buf[p + 4] != '-' || buf[p + 7] != '-' || (p + 10 < end && buf[p + 10] != ',')) {
            throw new DataException(name + ":" + line + ": date is not yyyy-MM-dd");
        }
        int y = digits(buf, p, 4, name, line);
        int m = digits(buf, p + 5, 2, name, line);
        int dd = digits(buf, p + 8, 2, name, line);
        try {
            return (int) LocalDate.of(y, m, dd).toEpochDay();
        } catch (java.time.DateTimeException e) {
            throw new DataException(name + ":" + line + ": invalid date " + y + "-" + m + "-" + dd);
        }
    }

    private static int digits(byte[] buf, int p, int count, String name, int line) {
        int v = 0;
        for (int i = 0; i < count; i++) {
            int ch = buf[p + i] - '0';
            if (ch < 0 || ch > 9) {
                throw new DataException(name + ":" + line + ": date is not yyyy-MM-dd");
            }
            v = v * 10 + ch;
        }
        return v;
    }

    /** Parses a plain decimal; falls back to {@link Double#parseDouble} for exponents and long mantissas. */
    static double parseDouble(byte[] buf, int from, int to, String name, int line) {
        int i = from;
        boolean neg = false;
        if (buf[i] == '-') {
            neg = true;
            i++;
        }
        long mant = 0;
        int digits = 0;
        int frac = -1;
        for (; i < to; i++) {
            byte ch = buf[i];
            if (ch >= '0' && ch <= '9') {
                if (++digits > 15) { // keeps mant < 2^53, so the division below rounds once
                    return slow(buf, from, to, name, line);
                }
                mant = mant * 10 + (ch - '0');
                if (frac >= 0) {
                    frac++;
                }
            } else if (ch == '.' && frac < 0) {
                frac = 0;
            } else {
                return slow(buf, from, to, name, line);
            }
        }
        if (digits == 0) {
            return slow(buf, from, to, name, line);
        }
        double v = mant;
        if (frac > 0) {
            // mant < 2^53 and 10^frac exact for frac <= 22: one correctly rounded division.
            v = frac <= 22 ? v / POW10[frac] : slow(buf, from, to, name, line);
        }
        return neg ? -v : v;
    }

    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private static double slow(byte[] buf, int from, int to, String name, int line) {
        String s = new String(buf, from, to - from, java.nio.charset.StandardCharsets.US_ASCII);
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new DataException(name + ":" + line + ": not a number: '" + s + "'");
        }
    }
}
