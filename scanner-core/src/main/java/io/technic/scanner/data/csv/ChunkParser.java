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
    }

    /** Parses {@code buf[from, to)}, which holds whole lines (the last one may lack its '\n'). */
    RowChunk parse(byte[] buf, int from, int to, int file) {
        RowChunk out = new RowChunk(file, (to - from) / 44);
        ids.clear();
        lastId = -1;
        if (fixedSymbol != null) {
            out.symbols.add(new RowChunk.Notes(fixedSymbol));
        }
        int ncol = header.columns;
        int[] fs = new int[ncol];
        int[] fe = new int[ncol];
        double[] v = new double[NUMERIC.length];
        int symCol = fixedSymbol == null ? header.column[CsvHeader.SYMBOL] : -1;
        int dateCol = header.column[CsvHeader.DATE];
        int pos = from;
        int local = 0;
        while (pos < to) {
            local++;
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
            int end = p > pos && buf[p - 1] == '\r' ? p - 1 : p;
            int next = p + 1;
            if (end == pos) {          // blank line
                pos = next;
                continue;
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
                pos = next;
                continue;
            }
            RowChunk.Notes notes = out.symbols.get(sid);
            if (notes.problem != null) {
                pos = next;                 // the symbol is already rejected; its other rows do not matter
                continue;
            }
            if (found != ncol) {
                notes.problem(local, "line has " + found + " fields, expected " + ncol);
                pos = next;
                continue;
            }
            int d = FieldParser.parseDate(buf, fs[dateCol], fe[dateCol]);
            if (d == FieldParser.NO_DATE) {
                notes.problem(local, "date '" + FieldParser.text(buf, fs[dateCol], fe[dateCol])
                        + "' is not a date (yyyy-MM-dd or yyyyMMdd)");
                pos = next;
                continue;
            }
            String problem = numbers(buf, fs, fe, v);
            if (problem == MISSING_ROW) {
                if (notes.missingRows++ == 0) {
                    notes.missingLine = local;
                }
            } else if (problem != null) {
                notes.problem(local, problem);
            } else {
                double o = v[0];
                double h = v[1];
                double l = v[2];
                double c = v[3];
                if (h < Math.max(o, c) || l > Math.min(o, c)) {
                    if (notes.repairs++ == 0) {
                        notes.repairLine = local;
                        notes.repair = containment(buf, fs, fe, o, h, l, c);
                    }
                    h = Math.max(h, Math.max(o, c));
                    l = Math.min(l, Math.min(o, c));
                }
                out.add(sid, d, local, o, h, l, c, v[4]);
            }
            pos = next;
        }
        out.lines = local;
        return out;
    }

    private static final String MISSING_ROW = new String("missing row");

    /** Parses and checks open, high, low, close, volume into {@code v}; returns a problem or null. */
    private String numbers(byte[] buf, int[] fs, int[] fe, double[] v) {
        int missing = 0;
        for (int k = 0; k < NUMERIC.length; k++) {
            int c = header.column[NUMERIC[k]];
            if (FieldParser.isMissing(buf, fs[c], fe[c])) {
                missing++;
            }
        }
        if (missing == NUMERIC.length) {
            return MISSING_ROW;
        }
        for (int k = 0; k < NUMERIC.length; k++) {
            int role = NUMERIC[k];
            int c = header.column[role];
            if (missing > 0 && FieldParser.isMissing(buf, fs[c], fe[c])) {
                return field(role, buf, fs, fe) + " is missing";
            }
            double x = numbers.parseDouble(buf, fs[c], fe[c]);
            if (numbers.failed) {
                return field(role, buf, fs, fe) + " is not a number";
            }
            if (!Double.isFinite(x)) {
                return field(role, buf, fs, fe) + " is not finite";
            }
            if (role == CsvHeader.VOLUME ? x < 0 : x <= 0) {
                return field(role, buf, fs, fe) + (role == CsvHeader.VOLUME ? " is negative" : " is not positive");
            }
            v[k] = x;
        }
        if (v[1] < v[2]) {
            return field(CsvHeader.HIGH, buf, fs, fe) + " is below " + field(CsvHeader.LOW, buf, fs, fe);
        }
        return null;
    }

    private String containment(byte[] buf, int[] fs, int[] fe, double o, double h, double l, double c) {
        String what;
        if (h < Math.max(o, c)) {
            what = field(CsvHeader.HIGH, buf, fs, fe) + " is below "
                    + field(o >= c ? CsvHeader.OPEN : CsvHeader.CLOSE, buf, fs, fe);
        } else {
            what = field(CsvHeader.LOW, buf, fs, fe) + " is above "
                    + field(o <= c ? CsvHeader.OPEN : CsvHeader.CLOSE, buf, fs, fe);
        }
        return what;
    }

    private String field(int role, byte[] buf, int[] fs, int[] fe) {
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
