package io.technic.scanner.watch;

import io.technic.scanner.data.DataException;
import io.technic.scanner.export.AtomicFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Watchlists as CSV files of symbols: one symbol per line in the first column, an optional
 * header ({@code symbol} or {@code ticker}), further columns ignored (so a scan export imports
 * as it is), blank lines and {@code #} comments skipped. Stateless.
 */
public final class SymbolCsv {

    private SymbolCsv() {}

    /**
     * The symbols of {@code file}, in file order, duplicates kept once.
     *
     * @throws DataException naming file:line for a value that is no ticker, or the file if unreadable
     */
    public static List<String> read(Path file) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String cell = firstCell(n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
                if (cell.isEmpty() || cell.startsWith("#")) {
                    continue;
                }
                String lower = cell.toLowerCase(Locale.ROOT);
                if (out.isEmpty() && (lower.equals("symbol") || lower.equals("ticker"))) {
                    continue;
                }
                try {
                    String t = Watchlist.checkSymbol(cell);
                    if (!out.contains(t)) {
                        out.add(t);
                    }
                } catch (IllegalArgumentException e) {
                    throw new DataException(e.getMessage() + " at " + file + ":" + n);
                }
            }
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes {@code list} as {@code symbol} then one symbol a line, atomically. */
    public static void write(Watchlist list, Path file) throws IOException {
        AtomicFile.writeText(file, w -> {
            w.write("symbol\n");
            for (String s : list.symbols()) {
                w.write(s);
                w.write('\n');
            }
        });
    }

    private static String firstCell(String line) {
        int comma = line.indexOf(',');
        String c = (comma < 0 ? line : line.substring(0, comma)).strip();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            c = c.substring(1, c.length() - 1).strip();
        }
        return c;
    }
}
