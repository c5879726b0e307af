package io.technic.scanner.data.csv;

import io.technic.scanner.data.DataException;
import io.technic.scanner.model.Fundamentals;
import io.technic.scanner.model.SymbolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a constituents file ({@code symbol,name,sector,industry}, optionally {@code market_cap})
 * with RFC 4180 quoting: fields in double quotes may hold commas, line breaks and doubled quotes
 * ({@code "NVR, Inc."}). Header names are case-insensitive and the datasets/s-and-p-500-companies
 * names ({@code Security}, {@code GICS Sector}, {@code GICS Sub-Industry}) are understood; other
 * columns are ignored. A bad row is a warning and is ignored (lenient) or a
 * {@link DataException} (strict).
 */
final class ConstituentsReader {

    private ConstituentsReader() {}

    /**
     * @param warnings receives one line per ignored row
     * @return symbol (upper case) to metadata, in file order
     * @throws DataException if the file cannot be read, has no symbol column, or (strict) has a bad row
     */
    static Map<String, SymbolInfo> read(Path file, boolean strict, List<String> warnings) {
        String text;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = BlockReader.isGzip(file) ? new GZIPInputStream(raw) : raw) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException("cannot read metadata file " + file + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String name = file.getFileName().toString();
        List<Record> records = parse(text);
        if (records.isEmpty() || records.get(0).problem != null) {
            throw new DataException(name + ": no header line (expected symbol,name,sector,industry)");
        }
        Record header = records.get(0);
        int sym = -1;
        int nm = -1;
        int sec = -1;
        int ind = -1;
        int cap = -1;
        for (int i = 0; i < header.fields.size(); i++) {
            switch (header.fields.get(i).strip().toLowerCase(Locale.ROOT)) {
                case "symbol", "ticker" -> sym = i;
                case "name", "security", "company" -> nm = i;
                case "sector", "gics sector" -> sec = i;
                case "industry", "sub-industry", "gics sub-industry" -> ind = i;
                case "market_cap", "marketcap", "market cap" -> cap = i;
                default -> { }
            }
        }
        if (sym < 0) {
            throw new DataException(name + ": unrecognised header '" + String.join(",", header.fields)
                    + "' (no 'symbol' column); expected symbol,name,sector,industry");
        }
        Map<String, SymbolInfo> out = new LinkedHashMap<>();
        int columns = header.fields.size();
        for (int r = 1; r < records.size(); r++) {
            Record rec = records.get(r);
            if (rec.fields.size() == 1 && rec.fields.get(0).isBlank() && rec.problem == null) {
                continue;
            }
            String problem = rec.problem;
            if (problem == null && rec.fields.size() != columns) {
                problem = "row has " + rec.fields.size() + " fields, expected " + columns;
            }
            String symbol = problem == null ? rec.fields.get(sym).strip().toUpperCase(Locale.ROOT) : "";
            if (problem == null && symbol.isEmpty()) {
                problem = "symbol is empty";
            }
            double marketCap = Double.NaN;
            if (problem == null && cap >= 0 && !rec.fields.get(cap).isBlank()) {
                try {
                    marketCap = Double.parseDouble(rec.fields.get(cap).strip());
                } catch (NumberFormatException e) {
                    problem = "market_cap '" + rec.fields.get(cap) + "' is not a number";
                }
            }
            if (problem == null && out.containsKey(symbol)) {
                problem = "symbol " + symbol + " repeats an earlier row";
            }
            if (problem != null) {
                String msg = problem + " at " + name + ":" + rec.line;
                if (strict) {
                    throw new DataException(msg);
                }
                warnings.add(msg + "; row ignored");
                continue;
            }
            out.put(symbol, new SymbolInfo(symbol, field(rec, nm), field(rec, sec), field(rec, ind), marketCap,
                    Fundamentals.NONE));
        }
        return out;
    }

    private static String field(Record rec, int i) {
        return i < 0 ? null : rec.fields.get(i).strip();
    }

    /** One record: its fields, the line it starts on, and a problem (unterminated quote) or null. */
    record Record(List<String> fields, int line, String problem) {}

    /** Splits RFC 4180 text into records; a record with a bad quote carries a problem. */
    static List<Record> parse(String text) {
        List<Record> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            String problem = null;
            boolean quoted = false;
            boolean afterQuote = false;
            boolean endOfRecord = false;
            while (i < n && !endOfRecord) {
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            f.append('"');
                            i++;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        f.append(c);
                    }
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                    afterQuote = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                } else if (c == '"' && f.isEmpty() && !afterQuote) {
                    quoted = true;
                } else if (afterQuote || c == '"') {
                    if (problem == null) {
                        problem = "stray quote or text after a closing quote";
                    }
                    f.append(c);
                } else {
                    f.append(c);
                }
            }
            if (quoted) {
                problem = "quote opened here is never closed";
            }
            fields.add(f.toString());
            out.add(new Record(fields, start, problem));
        }
        return out;
    }
}
