package io.technic.scanner.data.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses the data lines in one byte range of a bar file into a {@link RowChunk}, checking each
 * row on its own: field count, date, numbers, positive finite prices, non-negative volume,
 * {@code high >= low}; bars whose high or low does not contain open and close are widened
 * ({@code high = max(o, h, c)}, {@code low = min(o, l, c)}) and counted as repairs.
 * Cross-row checks (order, duplicates, weekends) happen later, per symbol.
 */
final class ChunkParser {

    private static final int[] NUMERIC = {CsvHeader.OPEN, CsvHeader.HIGH, CsvHeader.LOW, CsvHeader.CLOSE,
        CsvHeader.VOLUME};

    private final CsvHeader header;
    private final String fixedSymbol;
    private final FieldParser numbers = new FieldParser();
    private final int[] fs;
    private final int[] fe;
    private final int symCol;
    private final int dateCol;
    private final int openCol;
    private final int highCol;
    private final int lowCol;
    private final int closeCol;
    private final int volumeCol;
    private final Map<String, Integer> ids = new HashMap<>();
    private byte[] lastRaw = new byte[0];
    private int lastId = -1;

    /**
     * @param fixedSymbol the symbol of every row (per-symbol files), or {@code null} to read it
     *                    from the header's symbol column
     */
    ChunkParser(CsvHeader header, String fixedSymbol) {
        this.header = header;
        this.fixedSymbol = fixedSymbol;
        fs = new int[header.columns];
        fe = new int[header.columns];
        symCol = fixedSymbol == null ? header.column[CsvHeader.SYMBOL] : -1;
        dateCol = header.column[CsvHeader.DATE];
        openCol = header.column[CsvHeader.OPEN];
        highCol = header.column[CsvHeader.HIGH];
        lowCol = header.column[CsvHeader.LOW];
        closeCol = header.column[CsvHeader.CLOSE];
        volumeCol = header.column[CsvHeader.VOLUME];
    }

    /** Parses {@code buf[from, to)}, which holds whole lines (the last one may lack its '\n'). */
    RowChunk parse(byte[] buf, int from, int to, int file) {
        RowChunk out = new RowChunk(file, (to - from) / 44);
        ids.clear();
        lastId = -1;
        if (fixedSymbol != null) {
            out.symbols.add(new RowChunk.Notes(fixedSymbol));
        }
        int pos = from;
        int local = 0;
        while (pos < to) {
            pos = line(buf, pos, to, ++local, out);
        }
        out.lines = local;
        return out;
    }

    /** Parses the line starting at {@code pos} (local line number {@code local}); returns the next line's start. */
    private int line(byte[] buf, int pos, int to, int local, RowChunk out) {
        int ncol = fs.length;
        int f = 0;
        int extra = 0;
        fs[0] = pos;
        int p = pos;
        while (p < to) {
            byte ch = buf[p];
            if (ch == '\n') {
                break;
            }
            if (ch == ',') {
                if (f < ncol - 1) {
                    fe[f] = p;
                    fs[++f] = p + 1;
                } else {
                    extra++;
                }
            }
            p++;
        }
        int next = p + 1;
        int end = p > pos && buf[p - 1] == '\r' ? p - 1 : p;
        if (end == pos) {          // blank line
            return next;
        }
        fe[f] = end;
        int found = f + 1 + extra;

        int sid;
        if (fixedSymbol != null) {
            sid = 0;
        } else if (symCol < found && symCol <= f && fe[symCol] > fs[symCol] && (symCol < f || extra == 0)) {
            sid = symbolId(buf, fs[symCol], fe[symCol], out);
        } else {
            sid = -1;
        }
        if (sid < 0) {
            out.unattributed.add(new RowChunk.LineNote(local, found != ncol
                    ? "line has " + found + " fields, expected " + ncol + ", and no symbol"
                    : "line has an empty symbol"));
            return next;
        }
        RowChunk.Notes notes = out.symbols.get(sid);
        if (notes.problem != null) {
            return next;                 // the symbol is already rejected; its other rows do not matter
        }
        if (found != ncol) {
            notes.problem(local, "line has " + found + " fields, expected " + ncol);
            return next;
        }
        int d = FieldParser.parseDate(buf, fs[dateCol], fe[dateCol]);
        if (d == FieldParser.NO_DATE) {
            notes.problem(local, "date '" + FieldParser.text(buf, fs[dateCol], fe[dateCol])
                    + "' is not a date (yyyy-MM-dd or yyyyMMdd)");
            return next;
        }
        double o = numbers.parseDouble(buf, fs[openCol], fe[openCol]);
        boolean failed = numbers.failed;
        double h = numbers.parseDouble(buf, fs[highCol], fe[highCol]);
        failed |= numbers.failed;
        double l = numbers.parseDouble(buf, fs[lowCol], fe[lowCol]);
        failed |= numbers.failed;
        double c = numbers.parseDouble(buf, fs[closeCol], fe[closeCol]);
        failed |= numbers.failed;
        double v = numbers.parseDouble(buf, fs[volumeCol], fe[volumeCol]);
        failed |= numbers.failed;
        // every value positive and finite, volume >= 0, high >= low: the one test on the fast path
        if (failed || !(o > 0 && h > 0 && l > 0 && c > 0 && v >= 0 && h >= l && h < Double.POSITIVE_INFINITY
                && o < Double.POSITIVE_INFINITY && c < Double.POSITIVE_INFINITY && v < Double.POSITIVE_INFINITY)) {
            if (allMissing(buf)) {
                if (notes.missingRows++ == 0) {
                    notes.missingLine = local;
                }
            } else {
                notes.problem(local, problem(buf));
            }
            return next;
        }
        if (h < Math.max(o, c) || l > Math.min(o, c)) {
            if (notes.repairs++ == 0) {
                notes.repairLine = local;
                notes.repair = containment(buf, o, h, c);
            }
            h = Math.max(h, Math.max(o, c));
            l = Math.min(l, Math.min(o, c));
        }
        out.add(sid, d, local, o, h, l, c, v);
        return next;
    }

    /** Whether open, high, low, close and volume are all empty or {@code null}: a row without values. */
    private boolean allMissing(byte[] buf) {
        for (int role : NUMERIC) {
            int c = header.column[role];
            if (!FieldParser.isMissing(buf, fs[c], fe[c])) {
                return false;
            }
        }
        return true;
    }

    /** Explains why the current line's numbers failed the fast check (the slow path; rare). */
    private String problem(byte[] buf) {
        for (int role : NUMERIC) {
            int c = header.column[role];
            if (FieldParser.isMissing(buf, fs[c], fe[c])) {
                return field(role, buf) + " is missing";
            }
            double x = numbers.parseDouble(buf, fs[c], fe[c]);
            if (numbers.failed) {
                return field(role, buf) + " is not a number";
            }
            if (!Double.isFinite(x)) {
                return field(role, buf) + " is not finite";
            }
            if (role == CsvHeader.VOLUME ? x < 0 : x <= 0) {
                return field(role, buf) + (role == CsvHeader.VOLUME ? " is negative" : " is not positive");
            }
        }
        return field(CsvHeader.HIGH, buf) + " is below " + field(CsvHeader.LOW, buf);
    }

    private String containment(byte[] buf, double o, double h, double c) {
        return h < Math.max(o, c)
                ? field(CsvHeader.HIGH, buf) + " is below " + field(o >= c ? CsvHeader.OPEN : CsvHeader.CLOSE, buf)
                : field(CsvHeader.LOW, buf) + " is above " + field(o <= c ? CsvHeader.OPEN : CsvHeader.CLOSE, buf);
    }

    private String field(int role, byte[] buf) {
        int c = header.column[role];
        return CsvHeader.FIELD[role] + " '" + FieldParser.text(buf, fs[c], fe[c]) + "'";
    }

    private int symbolId(byte[] buf, int from, int to, RowChunk out) {
        int len = to - from;
        if (lastId >= 0 && len == lastRaw.length && Arrays.equals(buf, from, to, lastRaw, 0, len)) {
            return lastId;
        }
        lastRaw = Arrays.copyOfRange(buf, from, to);
        String raw = new String(lastRaw, StandardCharsets.UTF_8);
        String name = header.stooqTickers ? CsvHeader.symbolOf(raw) : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (name.isEmpty()) {
            lastId = -1;
            return -1;
        }
        Integer id = ids.get(name);
        if (id == null) {
            id = out.symbols.size();
            ids.put(name, id);
            out.symbols.add(new RowChunk.Notes(name));
        }
        lastId = id;
        return id;
    }
}
