package io.technic.scanner.data.polygon;

import io.technic.scanner.export.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ticker reference data kept beside the bar store ({@code polygon-tickers.tsv}: a header with the
 * fetch time, then {@code ticker, name, type, exchange} tab-separated), refetched when older than
 * {@code maxAge}. Written atomically. Not thread-safe.
 */
public final class TickerCache {

    /** The file name in the store directory. */
    public static final String FILE = "polygon-tickers.tsv";

    private final Path file;
    private final Duration maxAge;
    private final Clock clock;

    public TickerCache(Path dir, Duration maxAge, Clock clock) {
        this.file = dir.resolve(FILE);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * The cached tickers if fresh, else fetched with {@code client} and cached.
     *
     * @throws PolygonException if fetching fails
     * @throws IOException      if the cache cannot be written
     */
    public Map<String, PolygonClient.TickerRef> get(PolygonClient client) throws IOException {
        Map<String, PolygonClient.TickerRef> cached = read();
        if (cached != null) {
            return cached;
        }
        List<PolygonClient.TickerRef> fresh = client.tickers();
        AtomicFile.writeText(file, w -> {
            w.write("# fetched " + clock.instant() + "\n");
            for (PolygonClient.TickerRef t : fresh) {
                w.write(clean(t.symbol()) + "\t" + clean(t.name()) + "\t" + clean(t.type()) + "\t" + clean(t.exchange()) + "\n");
            }
        });
        Map<String, PolygonClient.TickerRef> m = new LinkedHashMap<>();
        fresh.forEach(t -> m.put(t.symbol(), t));
        return m;
    }

    /** The cache's content, or null when missing, stale or unreadable. */
    Map<String, PolygonClient.TickerRef> read() {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.getFirst().startsWith("# fetched ")) {
                return null;
            }
            Instant at = Instant.parse(lines.getFirst().substring("# fetched ".length()).strip());
            if (at.plus(maxAge).isBefore(clock.instant())) {
                return null;
            }
            Map<String, PolygonClient.TickerRef> m = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    m.put(f[0], new PolygonClient.TickerRef(f[0], f[1], f[2], f[3]));
                }
            }
            return m;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
