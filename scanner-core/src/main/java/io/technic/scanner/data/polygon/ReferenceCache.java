package io.technic.scanner.data.polygon;

import io.technic.scanner.export.AtomicFile;
import io.technic.scanner.model.Fundamentals;
import io.technic.scanner.model.SymbolInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-ticker details from Polygon kept beside the bar store in {@code polygon-reference.tsv}: a
 * header line, then one line per ticker, tab-separated:
 * {@code ticker, status (ok | unknown), name, type, exchange, sic_code, sic_description, market_cap, fetched}
 * ({@code unknown}: Polygon answered 404, remembered so it is not asked again before it is stale;
 * {@code fetched} an ISO instant). Each entry has its own fetch time, so a refresh that stops
 * part-way keeps what it fetched and the next one continues with the rest. Written atomically;
 * a damaged line is skipped with a warning (the ticker is then fetched again). Not thread-safe.
 */
public final class ReferenceCache {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceCache.class);
    /** The file name in the store directory. */
    public static final String FILE = "polygon-reference.tsv";
    private static final String HEADER = "# technic polygon reference v1: ticker status name type exchange sic_code "
            + "sic_description market_cap fetched";

    /**
     * One ticker's cached details.
     *
     * @param details what Polygon said, or null when it did not know the ticker
     * @param fetched when it was asked
     */
    public record Entry(String symbol, PolygonClient.TickerDetails details, Instant fetched) {

        /** The store's metadata for this ticker: name, SIC sector, SIC description as industry, market cap. */
        public SymbolInfo info() {
            if (details == null) {
                return SymbolInfo.of(symbol);
            }
            return new SymbolInfo(symbol, details.name(), SicSectors.sector(details.sicCode()),
                    SicSectors.industry(details.sicDescription()), details.marketCap(), Fundamentals.NONE);
        }
    }

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();

    private ReferenceCache(Path file) {
        this.file = file;
    }

    /**
     * The cache in {@code dir} (empty when there is no file yet).
     *
     * @throws IOException if the file exists but cannot be read
     */
    public static ReferenceCache open(Path dir) throws IOException {
        ReferenceCache c = new ReferenceCache(dir.resolve(FILE));
        try (BufferedReader r = Files.newBufferedReader(c.file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    Entry e = parse(line);
                    c.entries.put(e.symbol(), e);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    String w = c.file + ":" + lineNo + ": skipped (" + e.getMessage() + "); the ticker is fetched again";
                    c.warnings.add(w);
                    LOG.warn(w);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing cached yet
        }
        return c;
    }

    public Path file() {
        return file;
    }

    /** Lines that could not be read (each naming file and line). */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** The entry of {@code symbol}, or null. */
    public Entry get(String symbol) {
        return entries.get(symbol);
    }

    /** Every entry, by ticker. */
    public Map<String, Entry> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public int size() {
        return entries.size();
    }

    /** Records an answer (in memory; {@link #save} writes it). */
    public void put(Entry e) {
        entries.put(e.symbol(), e);
    }

    /** Writes every entry atomically. @throws IOException if it cannot be written (the old file stays) */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFile.writeText(file, w -> {
            w.write(HEADER + "\n");
            for (Entry e : entries.values()) {
                w.write(format(e));
                w.write('\n');
            }
        });
    }

    static String format(Entry e) {
        PolygonClient.TickerDetails d = e.details();
        String cap = d == null || Double.isNaN(d.marketCap()) ? "" : String.format(Locale.ROOT, "%.0f", d.marketCap());
        return String.join("\t", clean(e.symbol()), d == null ? "unknown" : "ok", clean(d == null ? null : d.name()),
                clean(d == null ? null : d.type()), clean(d == null ? null : d.exchange()),
                clean(d == null ? null : d.sicCode()), clean(d == null ? null : d.sicDescription()), cap,
                e.fetched().toString());
    }

    static Entry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 9) {
            throw new IllegalArgumentException(f.length + " fields, expected 9");
        }
        if (f[0].isBlank()) {
            throw new IllegalArgumentException("no ticker");
        }
        Instant fetched = Instant.parse(f[8]);
        return switch (f[1]) {
            case "unknown" -> new Entry(f[0], null, fetched);
            case "ok" -> {
                double cap;
                try {
                    cap = f[7].isEmpty() ? Double.NaN : Double.parseDouble(f[7]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("market cap '" + f[7] + "' is not a number");
                }
                yield new Entry(f[0], new PolygonClient.TickerDetails(f[0], blank(f[2]), blank(f[3]), blank(f[4]),
                        blank(f[5]), blank(f[6]), cap), fetched);
            }
            default -> throw new IllegalArgumentException("status '" + f[1] + "' is neither ok nor unknown");
        };
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
