package io.technic.scanner.data.csv;

import io.technic.scanner.data.BarSource;
import io.technic.scanner.data.DataException;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SkipReason;
import io.technic.scanner.model.SkippedSymbol;
import io.technic.scanner.model.SymbolInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads daily bars from CSV: one long file {@code symbol,date,open,high,low,close,volume}
 * (plain or gzip; rows grouped by symbol, or interleaved and then regrouped), a single
 * per-symbol file, or a directory of per-symbol files named after their symbol
 * ({@code AAPL.csv}, {@code aapl.us.txt}, {@code msft.csv.gz}; extension and Stooq market suffix
 * stripped, upper-cased; a file whose header has a symbol column, such as Stooq's
 * {@code <TICKER>} with {@code AAPL.US}, takes its symbols from that column instead) with Yahoo ({@code Date,Open,High,Low,Close,Adj Close,Volume}) or Stooq
 * ({@code Date,Open,High,Low,Close,Volume}, {@code <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,...,<VOL>,<OPENINT>})
 * headers, recognised per file and case-insensitively. Dates are {@code yyyy-MM-dd} (a trailing
 * time is ignored) or {@code yyyyMMdd}. Adj Close is ignored. An optional index file (same
 * formats, one symbol) becomes {@link Market#index()}; an optional constituents file
 * ({@link CsvSpec#meta()}) gives names, sectors and industries, and symbols without a row get
 * {@link SymbolInfo#of}.
 *
 * <p><b>Bad data.</b> Nothing crashes a load and nothing is dropped unreported. A <em>problem</em>
 * rejects the whole symbol: in lenient mode it goes to {@link Market#loadSkipped()} with
 * {@link SkipReason#BAD_DATA} and a detail naming the field and {@code file:line}, e.g.
 * {@code close '-3.1' is not positive at us.csv:1234}; in strict mode the load fails with a
 * {@link DataException} carrying the same message (the problem that comes first in the input;
 * within one symbol, a bad row is reported ahead of a conflicting duplicate, which can only be
 * seen once the symbol's rows are grouped).
 * A <em>warning</em> is a repair or a dropped row that leaves the symbol usable; warnings are the
 * same in both modes and are kept in {@link #quality()}, one line per file-level event and per
 * symbol and kind, with the count and the first place.
 *
 * <table>
 * <caption>Treatment of each kind of bad input</caption>
 * <tr><th>input</th><th>treatment</th><th>example detail</th></tr>
 * <tr><td>wrong number of fields on a line</td><td>problem</td><td>{@code line has 6 fields, expected 7 at us.csv:12}</td></tr>
 * <tr><td>date not {@code yyyy-MM-dd}/{@code yyyyMMdd}, or not a calendar date</td><td>problem</td><td>{@code date '2024-02-30' is not a date (yyyy-MM-dd or yyyyMMdd) at us.csv:12}</td></tr>
 * <tr><td>number that does not parse</td><td>problem</td><td>{@code open 'abc' is not a number at us.csv:12}</td></tr>
 * <tr><td>price NaN or infinite</td><td>problem</td><td>{@code high 'NaN' is not finite at us.csv:12}</td></tr>
 * <tr><td>price zero or negative</td><td>problem</td><td>{@code close '-3.1' is not positive at us.csv:12}</td></tr>
 * <tr><td>volume negative (or NaN)</td><td>problem</td><td>{@code volume '-5' is negative at us.csv:12}</td></tr>
 * <tr><td>some but not all of open..volume empty or {@code null}</td><td>problem</td><td>{@code volume 'null' is missing at AAPL.csv:12}</td></tr>
 * <tr><td>all of open..volume empty or {@code null} (Yahoo's holiday rows)</td><td>warning; row dropped</td><td>{@code 2 row(s) without any values dropped (first at AAPL.csv:9)}</td></tr>
 * <tr><td>{@code high < low}</td><td>problem (which side is wrong cannot be known)</td><td>{@code high '9.5' is below low '10' at us.csv:12}</td></tr>
 * <tr><td>{@code high < max(open, close)} or {@code low > min(open, close)}, with {@code high >= low}</td><td>warning; bar widened: {@code high = max(o, h, c)}, {@code low = min(o, l, c)} (the shared data's own cleaning step)</td><td>{@code 1 bar(s) widened so high/low contain open and close (first: high '33.6' is below open '33.89' at us.csv:12)}</td></tr>
 * <tr><td>dates out of order within a symbol</td><td>warning; rows sorted by date</td><td>{@code dates not in ascending order (first: 2024-01-03 at us.csv:14 after 2024-01-05 at us.csv:13); sorted}</td></tr>
 * <tr><td>rows of a long file not grouped by symbol</td><td>warning; regrouped (file order kept within a symbol)</td><td>{@code us.csv: rows are not grouped by symbol (AAPL resumes at line 40); regrouped}</td></tr>
 * <tr><td>same date twice, identical values</td><td>warning; the repeat dropped</td><td>{@code 1 identical duplicate row(s) dropped (first: 2024-01-05 at us.csv:13 and us.csv:14)}</td></tr>
 * <tr><td>same date twice, different values</td><td>problem (no way to know which is right)</td><td>{@code duplicate date 2024-01-05 with different values at us.csv:13 and us.csv:14}</td></tr>
 * <tr><td>Saturday or Sunday date</td><td>warning; row dropped</td><td>{@code 1 weekend row(s) dropped (first: 2024-01-06 (SATURDAY) at us.csv:15)}</td></tr>
 * <tr><td>calendar gap over 10 days</td><td>warning; kept</td><td>{@code 1 calendar gap(s) longer than 10 days kept (longest: 31 days, ...)}</td></tr>
 * <tr><td>zero volume</td><td>kept, counted in {@link DataQuality#zeroVolumeBars()}</td><td></td></tr>
 * <tr><td>line with an empty symbol field</td><td>warning (lenient) / {@link DataException} (strict); line ignored</td><td>{@code line has an empty symbol at us.csv:12; line ignored}</td></tr>
 * <tr><td>blank line</td><td>ignored</td><td></td></tr>
 * <tr><td>per-symbol file empty, or header only (also when every row was dropped)</td><td>problem</td><td>{@code AAPL.csv is empty}, {@code no data rows after the header in AAPL.csv}</td></tr>
 * <tr><td>the same symbol in two files of a directory</td><td>warning; rows merged, then the checks above (overlaps become duplicates)</td><td>{@code rows merged from AAPL.csv and aapl.us.txt}</td></tr>
 * <tr><td>long file empty</td><td>{@link DataException}</td><td>{@code us.csv is empty (no header line)}</td></tr>
 * <tr><td>long file with a header only</td><td>warning; no symbols</td><td>{@code us.csv: header only, no data rows}</td></tr>
 * <tr><td>unknown or incomplete header</td><td>{@link DataException} naming the file and the header seen</td><td>{@code x.csv: unrecognised header 'a,b' (no 'date' column); expected ...}</td></tr>
 * <tr><td>missing path, index or meta file; directory without bar files</td><td>{@link DataException} naming the path</td><td>{@code no such file or directory: /data/us.csv}</td></tr>
 * <tr><td>index rejected by the rules above</td><td>{@link Market#index()} {@code null}, the index symbol in {@link Market#loadSkipped()} (lenient) / {@link DataException} (strict)</td><td></td></tr>
 * <tr><td>index file with several symbols</td><td>{@link DataException}</td><td></td></tr>
 * <tr><td>constituents row with a wrong field count, empty symbol, unclosed quote, repeated symbol</td><td>warning; row ignored (lenient) / {@link DataException} (strict)</td><td>{@code row has 3 fields, expected 4 at meta.csv:7; row ignored}</td></tr>
 * </table>
 *
 * <p>Speed: a large file is parsed in 4 MB blocks on a pool while it is still being
 * decompressed, bytes straight to primitive columns with no String per field; a directory is
 * parsed one file per task. The result does not depend on the number of threads. Instances are
 * immutable apart from the last {@link #quality()}; {@link #load()} may be called from any thread.
 */
public final class CsvBarSource implements BarSource {

    private final CsvSpec spec;
    private final int threads;
    private final int blockBytes;
    private volatile DataQuality quality;

    /** A source using every available processor. */
    public CsvBarSource(CsvSpec spec) {
        this(spec, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads worker threads for parsing (at least 1)
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public CsvBarSource(CsvSpec spec, int threads) {
        this(spec, threads, BarFiles.BLOCK_BYTES);
    }

    /** For tests: parse blocks of {@code blockBytes} (at least 16). */
    CsvBarSource(CsvSpec spec, int threads, int blockBytes) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.spec = java.util.Objects.requireNonNull(spec, "spec");
        this.threads = threads;
        this.blockBytes = Math.max(16, blockBytes);
    }

    public CsvSpec spec() {
        return spec;
    }

    @Override
    public String describe() {
        return spec.describe();
    }

    /**
     * What the most recent {@link #load()} noticed: counts and warnings.
     *
     * @throws IllegalStateException if nothing has been loaded yet
     */
    public DataQuality quality() {
        DataQuality q = quality;
        if (q == null) {
            throw new IllegalStateException("load() has not completed yet");
        }
        return q;
    }

    /** The warnings of the most recent load (empty before the first). */
    public List<String> warnings() {
        DataQuality q = quality;
        return q == null ? List.of() : q.warnings();
    }

    /**
     * Loads the bars, the index and the metadata.
     *
     * @throws DataException if a path is missing, a file cannot be read or has an unknown header,
     *                       a single long file is empty, or, in strict mode, on the first problem
     */
    @Override
    public Market load() {
        requireExists(spec.path(), "bar data");
        if (spec.index() != null) {
            requireExists(spec.index(), "index");
            if (Files.isDirectory(spec.index())) {
                throw new DataException("index must be a file, not a directory: " + spec.index());
            }
        }
        if (spec.meta() != null) {
            requireExists(spec.meta(), "metadata");
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads())) {
            BarFiles.Loaded stocks = new BarFiles(pool, blockBytes).read(spec.path());
            BarFiles.Loaded index = spec.index() == null ? null : new BarFiles(pool, blockBytes).read(spec.index());
            return build(stocks, index);
        }
    }

    private Market build(BarFiles.Loaded stocks, BarFiles.Loaded index) {
        if (spec.strict()) {
            throwFirst(stocks);
            if (index != null) {
                throwFirst(index);
            }
        }
        List<String> warnings = new ArrayList<>(stocks.warnings());
        List<SkippedSymbol> skipped = new ArrayList<>(stocks.result().skipped());
        BarColumns indexBars = null;
        if (index != null) {
            indexBars = indexBars(index, skipped, warnings);
        }
        Map<String, SymbolInfo> meta = spec.meta() == null ? Map.of()
                : ConstituentsReader.read(spec.meta(), spec.strict(), warnings);
        List<String> names = stocks.result().symbols();
        List<SymbolInfo> infos = new ArrayList<>(names.size());
        Set<String> loaded = new HashSet<>(names);
        for (String s : names) {
            SymbolInfo info = meta.get(s);
            infos.add(info != null ? info : SymbolInfo.of(s));
        }
        if (spec.meta() != null) {
            List<String> unused = new ArrayList<>();
            for (String s : meta.keySet()) {
                if (!loaded.contains(s)) {
                    unused.add(s);
                }
            }
            if (!unused.isEmpty()) {
                warnings.add(spec.meta().getFileName() + ": " + unused.size() + " row(s) name symbols without bars ("
                        + String.join(", ", unused.subList(0, Math.min(5, unused.size())))
                        + (unused.size() > 5 ? ", ..." : "") + ")");
            }
        }
        BarColumns bars = stocks.result().bars();
        quality = quality(stocks, index, names.size(), skipped.size(), warnings);
        String version = "csv-v1:" + ContentHash.of(names, bars, indexBars);
        return new Market(spec.describe(), version, infos, bars, indexBars, skipped);
    }

    private BarColumns indexBars(BarFiles.Loaded index, List<SkippedSymbol> skipped, List<String> warnings) {
        BarAssembler.Result r = index.result();
        int found = r.symbols().size() + r.skipped().size();
        String file = spec.index().getFileName().toString();
        if (found > 1) {
            List<String> all = new ArrayList<>(r.symbols());
            r.skipped().forEach(s -> all.add(s.symbol()));
            throw new DataException("index file " + file + " holds " + found + " symbols ("
                    + String.join(", ", all.subList(0, Math.min(5, all.size()))) + (found > 5 ? ", ..." : "")
                    + "); expected one");
        }
        warnings.addAll(index.warnings());
        if (r.symbols().size() == 1) {
            return r.bars();
        }
        SkippedSymbol why = r.skipped().isEmpty()
                ? new SkippedSymbol(CsvHeader.symbolOf(file), SkipReason.BAD_DATA, "no data rows in " + file)
                : r.skipped().get(0);
        if (spec.strict()) {
            throw new DataException(why.detail());
        }
        skipped.add(why);
        warnings.add("index " + why.symbol() + " rejected, so the market has no index: " + why.detail());
        return null;
    }

    private static void throwFirst(BarFiles.Loaded loaded) {
        if (!loaded.result().issues().isEmpty()) {
            throw new DataException(loaded.result().issues().get(0).message());
        }
    }

    private DataQuality quality(BarFiles.Loaded stocks, BarFiles.Loaded index, int symbols, int skipped,
                                List<String> warnings) {
        BarAssembler.Tally t = new BarAssembler.Tally();
        int files = stocks.fileNames().size() + (index != null ? 1 : 0) + (spec.meta() != null ? 1 : 0);
        for (BarFiles.Loaded l : index == null ? List.of(stocks) : List.of(stocks, index)) {
            BarAssembler.Tally x = l.tally();
            t.lines += x.lines;
            t.repairedBars += x.repairedBars;
            t.sortedSymbols += x.sortedSymbols;
            t.regroupedFiles += x.regroupedFiles;
            t.duplicateRowsDropped += x.duplicateRowsDropped;
            t.weekendRowsDropped += x.weekendRowsDropped;
            t.missingRowsDropped += x.missingRowsDropped;
            t.ignoredLines += x.ignoredLines;
            t.zeroVolumeBars += x.zeroVolumeBars;
            t.longGaps += x.longGaps;
        }
        return new DataQuality(files, t.lines, symbols, skipped, t.repairedBars, t.sortedSymbols, t.regroupedFiles,
                t.duplicateRowsDropped, t.weekendRowsDropped, t.missingRowsDropped, t.ignoredLines, t.zeroVolumeBars,
                t.longGaps, warnings);
    }

    private static void requireExists(Path p, String what) {
        if (!Files.exists(p)) {
            throw new DataException(what + " not found: no such file or directory: " + p);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "technic-csv-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
