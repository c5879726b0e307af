package io.technic.scanner.data.store;

import io.technic.scanner.data.BarSource;
import io.technic.scanner.data.DataException;
import io.technic.scanner.export.AtomicFile;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * A market kept on disk as columns: the local bar store. Scans open it in a fraction of the
 * time a CSV takes to parse, and new days or symbols are appended without rewriting what is
 * there.
 *
 * <h2>Layout</h2>
 * A directory holding immutable {@linkplain Segment segment files} ({@code seg-NNNNNN.bin}, each
 * some symbols' bars as little-endian columns, memory-mapped on open), a {@linkplain Manifest
 * manifest} per generation ({@code manifest-NNNNNN}: segments, symbol table, per-symbol counts),
 * and {@code CURRENT}, naming the live manifest.
 *
 * <h2>Crash safety</h2>
 * A write never changes a file a reader can see: it writes a new segment and a new manifest,
 * each forced to disk, then replaces {@code CURRENT} by an atomic rename. Killed at any point,
 * the store still opens at the previous generation; files a dead write left behind are removed
 * by the next one. Every file carries a CRC-32C (the segments' in the manifest, the manifest's
 * at its end), so a damaged file is reported by name, never read as data. One writer at a time
 * (a lock file); any number of readers.
 *
 * <h2>Appending</h2>
 * {@link #append} stores, for each symbol of a market, only its bars after the last stored day
 * (bars on or before it are counted as already stored and left alone), new symbols with all
 * their bars, and the metadata of symbols that come with any. When more than
 * {@value #MAX_SEGMENTS} segments pile up, the write compacts them into one.
 */
public final class BarStore implements BarSource {

    /** Symbol id under which the index series is stored. */
    static final int INDEX_ID = -1;
    /** Segments kept before an append compacts the store into one. */
    static final int MAX_SEGMENTS = 16;
    static final String CURRENT = "CURRENT";
    private static final String LOCK = "LOCK";

    /** Hook between the steps of a write, for crash tests. */
    @FunctionalInterface
    interface Steps {
        void reached(String step) throws IOException;
    }

    /**
     * What an append did.
     *
     * @param generation   the store's generation after it (unchanged when nothing was new)
     * @param newBars      bars written, the index's included
     * @param newSymbols   symbols the store did not have
     * @param storedBars   bars skipped because their day was already stored
     * @param compacted    whether the write compacted all segments into one
     */
    public record AppendResult(long generation, long newBars, int newSymbols, long storedBars, boolean compacted) {}

    /**
     * What a store holds, from its manifest alone (nothing mapped).
     *
     * @param lastDate latest bar date of any symbol, null when empty
     */
    public record Info(Path directory, long generation, String source, int symbols, long bars, int segments,
                       long bytes, boolean index, java.time.LocalDate lastDate) {}

    private final Path dir;
    private final Steps steps;

    public BarStore(Path dir) {
        this(dir, step -> { });
    }

    BarStore(Path dir, Steps steps) {
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath();
        this.steps = steps;
    }

    public Path directory() {
        return dir;
    }

    /**
     * The user's bar store: {@code $TECHNIC_DATA_DIR/bars} when set (also as the system property
     * {@code technic.data.dir}), else {@code $XDG_DATA_HOME/technic/bars}, else
     * {@code ~/.local/share/technic/bars} ({@code %LOCALAPPDATA%\Technic\bars} on Windows,
     * {@code ~/Library/Application Support/Technic/bars} on macOS).
     */
    public static Path defaultDirectory() {
        String explicit = System.getProperty("technic.data.dir", System.getenv("TECHNIC_DATA_DIR"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit, "bars");
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            return Path.of(System.getenv("LOCALAPPDATA"), "Technic", "bars");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Technic/bars");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("technic/bars");
    }

    /** Whether a store has been written here. */
    public boolean exists() {
        return Files.isRegularFile(dir.resolve(CURRENT));
    }

    @Override
    public String describe() {
        return "store:" + dir;
    }

    /** The store's contents in brief. @throws DataException if there is no readable store here */
    public Info info() {
        Manifest m = current();
        long bars = 0;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < m.bars().length; i++) {
            bars += m.bars()[i];
            last = Math.max(last, m.lastDay()[i]);
        }
        long bytes = 0;
        for (Segment.Written s : m.segments()) {
            bytes += s.size();
        }
        return new Info(dir, m.generation(), m.source(), m.symbols().size(), bars, m.segments().size(), bytes,
                m.index() != null, last == Integer.MIN_VALUE ? null : java.time.LocalDate.ofEpochDay(last));
    }

    /**
     * Opens the store: maps every segment, checks it, and copies the columns into one block.
     *
     * @throws DataException naming the file when there is no store here or a file is damaged
     */
    @Override
    public Market load() {
        Manifest m = current();
        int n = m.symbols().size();
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = Math.addExact(offsets[i], m.bars()[i]);
        }
        int total = offsets[n];
        int[] day = new int[total];
        double[][] cols = new double[5][total];
        int[] cursor = Arrays.copyOf(offsets, n);
        int indexBars = m.index() == null ? 0 : m.indexBars();
        int[] indexDay = new int[indexBars];
        double[][] indexCols = new double[5][indexBars];
        int indexCursor = 0;
        try (Arena arena = Arena.ofConfined()) {
            for (Segment.Written w : m.segments()) {
                Segment.Mapped seg = Segment.map(dir.resolve(w.file()), w.size(), w.crc(), arena);
                for (int i = 0; i < seg.symbols; i++) {
                    int id = seg.ids[i];
                    int from = seg.offsets[i];
                    int count = seg.offsets[i + 1] - from;
                    boolean isIndex = id == INDEX_ID;
                    if (!isIndex && (id < 0 || id >= n)) {
                        throw new DataException(seg.file + ": symbol id " + id + " is not in the manifest");
                    }
                    int at = isIndex ? indexCursor : cursor[id];
                    int limit = isIndex ? indexBars : offsets[id + 1];
                    int start = isIndex ? 0 : offsets[id];
                    int[] dDay = isIndex ? indexDay : day;
                    double[][] dCols = isIndex ? indexCols : cols;
                    if (count < 0 || at + count > limit) {
                        throw new DataException(seg.file + ": more bars for " + name(m, id) + " than the manifest records");
                    }
                    if (count > 0 && at > start && dDay[at - 1] >= seg.day(from)) {
                        throw new DataException(seg.file + ": bars of " + name(m, id) + " out of date order");
                    }
                    seg.copyDays(from, dDay, at, count);
                    for (int c = 0; c < 5; c++) {
                        seg.copyColumn(c, from, dCols[c], at, count);
                    }
                    if (isIndex) {
                        indexCursor += count;
                    } else {
                        cursor[id] += count;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (cursor[i] != offsets[i + 1]) {
                throw new DataException(dir + ": segments hold " + (cursor[i] - offsets[i]) + " bars of "
                        + m.symbols().get(i).symbol() + ", the manifest records " + m.bars()[i]);
            }
        }
        BarColumns bars = new BarColumns(offsets, day, cols[0], cols[1], cols[2], cols[3], cols[4]);
        BarColumns index = m.index() == null ? null
                : new BarColumns(new int[] {0, indexBars}, indexDay, indexCols[0], indexCols[1], indexCols[2],
                        indexCols[3], indexCols[4]);
        return new Market(describe(), version(m), m.symbols(), bars, index, List.of());
    }

    /**
     * Appends what {@code market} has that the store does not (see the class description).
     *
     * @throws DataException if another process is writing the store, or the existing store is damaged
     * @throws IOException   if writing fails; the store is then unchanged
     */
    public AppendResult append(Market market) throws IOException {
        Objects.requireNonNull(market, "market");
        Files.createDirectories(dir);
        try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile)) {
            Manifest cur = exists() ? current() : Manifest.empty();
            if (cur.generation() > 0) {
                removeUnused(cur, Manifest.fileName(cur.generation()));   // what a dead write left behind
            }
            return write(cur, market);
        }
    }

    /** The symbol table with each symbol's metadata, from the manifest alone (no bars read). @throws DataException as {@link #info} */
    public List<SymbolInfo> symbols() {
        return current().symbols();
    }

    /**
     * Replaces the metadata (name, sector, industry, market cap, fundamentals) of stored symbols
     * with {@code infos}' (by ticker) in a new generation that shares every segment; tickers the
     * store does not hold are ignored. Crash-safe like {@link #append}.
     *
     * @return symbols whose metadata changed (0: nothing was written)
     * @throws DataException if there is no store here, another process is writing it, or it is damaged
     * @throws IOException   if writing fails; the store is then unchanged
     */
    public int updateSymbols(Map<String, SymbolInfo> infos) throws IOException {
        Objects.requireNonNull(infos, "infos");
        current();                         // no store here: say so before creating a lock file
        try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile)) {
            Manifest cur = current();
            List<SymbolInfo> symbols = new ArrayList<>(cur.symbols());
            int changed = 0;
            for (int i = 0; i < symbols.size(); i++) {
                SymbolInfo next = infos.get(symbols.get(i).symbol());
                if (next != null && next.symbol().equals(symbols.get(i).symbol()) && !next.equals(symbols.get(i))) {
                    symbols.set(i, next);
                    changed++;
                }
            }
            if (changed == 0) {
                return 0;
            }
            commit(new Manifest(cur.generation() + 1, cur.source(), cur.segments(), List.copyOf(symbols), cur.bars(),
                    cur.lastDay(), cur.index(), cur.indexBars(), cur.indexLast()));
            return changed;
        }
    }

    /** Rewrites every segment into one (appends do this by themselves past {@value #MAX_SEGMENTS}). */
    public AppendResult compact() throws IOException {
        try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(lockFile)) {
            Manifest cur = current();
            Manifest next = compacted(cur, load());
            commit(next);
            return new AppendResult(next.generation(), 0, 0, 0, true);
        }
    }

    private FileLock tryLock(FileChannel ch) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new DataException(dir + ": the bar store is being written by another process");
        }
        return lock;
    }

    private AppendResult write(Manifest cur, Market market) throws IOException {
        List<SymbolInfo> symbols = new ArrayList<>(cur.symbols());
        Map<String, Integer> ids = new HashMap<>(symbols.size() * 2);
        for (int i = 0; i < symbols.size(); i++) {
            ids.put(symbols.get(i).symbol(), i);
        }
        int[] bars = Arrays.copyOf(cur.bars(), cur.bars().length + market.size());
        int[] lastDay = Arrays.copyOf(cur.lastDay(), bars.length);
        Arrays.fill(lastDay, cur.lastDay().length, lastDay.length, Integer.MIN_VALUE);

        BarColumns in = market.bars();
        NewBars out = new NewBars();
        long newBars = 0;
        long stored = 0;
        int newSymbols = 0;
        boolean metadataChanged = false;
        for (int s = 0; s < market.size(); s++) {
            SymbolInfo info = market.symbols().get(s);
            Integer known = ids.get(info.symbol());
            int id;
            if (known == null) {
                id = symbols.size();
                symbols.add(info);
                ids.put(info.symbol(), id);
                newSymbols++;
            } else {
                id = known;
                if (!info.equals(symbols.get(id)) && !info.equals(SymbolInfo.of(info.symbol()))) {
                    symbols.set(id, info);
                    metadataChanged = true;
                }
            }
            int copied = out.take(in, s, lastDay[id], id);
            stored += in.length(s) - copied;
            if (copied > 0) {
                bars[id] += copied;
                lastDay[id] = in.day()[in.end(s) - 1];
                newBars += copied;
            }
        }
        int indexBars = cur.indexBars();
        int indexLast = cur.indexLast();
        if (market.index() != null) {
            int copied = out.take(market.index(), 0, indexLast, INDEX_ID);
            stored += market.index().length(0) - copied;
            if (copied > 0) {
                indexBars += copied;
                indexLast = market.index().day()[market.index().end(0) - 1];
                newBars += copied;
            }
        }
        bars = Arrays.copyOf(bars, symbols.size());
        lastDay = Arrays.copyOf(lastDay, symbols.size());
        if (newBars == 0 && newSymbols == 0 && !metadataChanged) {
            return new AppendResult(cur.generation(), 0, 0, stored, false);
        }
        long g = cur.generation() + 1;
        List<Segment.Written> segments = new ArrayList<>(cur.segments());
        if (newBars > 0) {
            Path file = dir.resolve(String.format("seg-%06d.bin", g));
            Files.deleteIfExists(file);                  // left by a write that died before its commit
            segments.add(Segment.write(file, out.columns()));
            steps.reached("segment");
        }
        String source = cur.source().isEmpty() ? market.source() : cur.source() + " + " + market.source();
        String index = cur.index() != null || market.index() != null ? "index" : null;
        Manifest next = new Manifest(g, source, List.copyOf(segments), List.copyOf(symbols), bars, lastDay, index,
                indexBars, indexLast);
        boolean compact = segments.size() > MAX_SEGMENTS;
        if (compact) {
            commit(next);                                 // the appended generation first, then compact it
            next = compacted(next, load());
        }
        commit(next);
        return new AppendResult(next.generation(), newBars, newSymbols, stored, compact);
    }

    /** {@code m}'s content (already loaded as {@code market}) in one new segment. */
    private Manifest compacted(Manifest m, Market market) throws IOException {
        long g = m.generation() + 1;
        BarColumns b = market.bars();
        int n = b.symbolCount();
        boolean index = market.index() != null && market.index().barCount() > 0;
        int k = n + (index ? 1 : 0);
        int[] segIds = new int[k];
        int[] offsets = new int[k + 1];
        int total = b.barCount() + (index ? market.index().barCount() : 0);
        int[] day = Arrays.copyOf(b.day(), total);
        double[][] cols = {Arrays.copyOf(b.open(), total), Arrays.copyOf(b.high(), total),
            Arrays.copyOf(b.low(), total), Arrays.copyOf(b.close(), total), Arrays.copyOf(b.volume(), total)};
        for (int i = 0; i < n; i++) {
            segIds[i] = i;
            offsets[i + 1] = b.end(i);
        }
        if (index) {
            BarColumns x = market.index();
            segIds[n] = INDEX_ID;
            offsets[n + 1] = total;
            System.arraycopy(x.day(), 0, day, b.barCount(), x.barCount());
            double[][] xc = {x.open(), x.high(), x.low(), x.close(), x.volume()};
            for (int c = 0; c < 5; c++) {
                System.arraycopy(xc[c], 0, cols[c], b.barCount(), x.barCount());
            }
        }
        Path file = dir.resolve(String.format("seg-%06d.bin", g));
        Files.deleteIfExists(file);
        Segment.Written w = Segment.write(file, new Segment.Columns(segIds, offsets, day, cols[0], cols[1], cols[2],
                cols[3], cols[4]));
        steps.reached("segment");
        return new Manifest(g, m.source(), List.of(w), m.symbols(), m.bars(), m.lastDay(), m.index(), m.indexBars(),
                m.indexLast());
    }

    /** Makes {@code next} the live generation: manifest, then CURRENT, each atomic; then removes what is no longer used. */
    private void commit(Manifest next) throws IOException {
        String manifestName = Manifest.fileName(next.generation());
        byte[] bytes = next.encode();
        AtomicFile.write(dir.resolve(manifestName), out -> out.write(bytes));
        steps.reached("manifest");
        AtomicFile.write(dir.resolve(CURRENT), out -> out.write((manifestName + "\n").getBytes(StandardCharsets.UTF_8)));
        syncDirectory();
        steps.reached("current");
        removeUnused(next, manifestName);
    }

    private void removeUnused(Manifest live, String manifestName) throws IOException {
        Set<String> keep = new HashSet<>();
        keep.add(CURRENT);
        keep.add(LOCK);
        keep.add(manifestName);
        for (Segment.Written s : live.segments()) {
            keep.add(s.file());
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean ours = name.startsWith("seg-") || name.startsWith("manifest-") || name.startsWith(".manifest-")
                        || name.startsWith("." + CURRENT);
                if (ours && !keep.contains(name)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // not every platform can open a directory for syncing; the renames are atomic anyway
        }
    }

    private Manifest current() {
        Path cur = dir.resolve(CURRENT);
        String name;
        try {
            name = Files.readString(cur, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new DataException(dir + ": no bar store here (no " + CURRENT
                    + " file); create one with: technic store import --source SPEC --store " + dir);
        } catch (IOException e) {
            throw new DataException(cur + ": cannot read: " + e.getMessage(), e);
        }
        if (!name.matches("manifest-\\d{6,}")) {
            throw new DataException(cur + ": does not name a manifest (corrupt file): '" + name + "'");
        }
        return Manifest.read(dir.resolve(name));
    }

    private static String name(Manifest m, int id) {
        return id == INDEX_ID ? "the index" : m.symbols().get(id).symbol();
    }

    private static String version(Manifest m) {
        CRC32C crc = new CRC32C();
        crc.update(m.encode());
        return "store-g" + m.generation() + "-" + Long.toHexString(crc.getValue());
    }
}
