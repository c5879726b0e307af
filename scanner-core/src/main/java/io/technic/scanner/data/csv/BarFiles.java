package io.technic.scanner.data.csv;

import io.technic.scanner.data.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Reads the bar files behind one path (a single file, or a directory of per-symbol files) into
 * {@link RowChunk}s on a pool: a large file is parsed block by block while it is still being
 * decompressed; a directory is parsed one file per task. Results are assembled in file order,
 * so the outcome never depends on the pool size.
 */
final class BarFiles {

    /** Bytes per parse block of a single large file. */
    static final int BLOCK_BYTES = 4 << 20;

    private final ExecutorService pool;
    private final int blockBytes;
    private final List<String> fileNames = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<RowChunk> chunks = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();

    private record Rejected(String symbol, int file, String message) {}

    /** The outcome of reading one path. */
    record Loaded(List<String> fileNames, BarAssembler.Result result, BarAssembler.Tally tally,
                  List<String> warnings) {}

    BarFiles(ExecutorService pool, int blockBytes) {
        this.pool = pool;
        this.blockBytes = blockBytes;
    }

    /**
     * Reads {@code path} and assembles its bars.
     *
     * @throws DataException if the path is missing, unreadable, an empty single file, a directory
     *                       without bar files, or a file with an unknown header
     */
    Loaded read(Path path) {
        if (Files.isDirectory(path)) {
            readDirectory(path);
        } else if (Files.isRegularFile(path)) {
            fileNames.add(path.getFileName().toString());
            readLarge(path);
        } else {
            throw new DataException("no such file or directory: " + path);
        }
        BarAssembler assembler = new BarAssembler(fileNames);
        for (Rejected r : rejected) {
            assembler.rejectFile(r.symbol(), r.file(), r.message());
        }
        BarAssembler.Result result = assembler.assemble(chunks);
        List<String> all = new ArrayList<>(warnings);
        all.addAll(result.warnings());
        return new Loaded(List.copyOf(fileNames), result, assembler.tally, all);
    }

    private void readLarge(Path file) {
        String name = file.getFileName().toString();
        List<Future<RowChunk>> parts = new ArrayList<>();
        CsvHeader[] header = new CsvHeader[1];
        String[] fixed = new String[1];
        try {
            BlockReader.read(file, blockBytes, (block, from, to) -> {
                int start = from;
                if (header[0] == null) {
                    int nl = indexOf(block, from, to);
                    int end = nl < 0 ? to : nl;
                    if (end > from && block[end - 1] == '\r') {
                        end--;
                    }
                    header[0] = CsvHeader.detect(block, from, end, name);
                    fixed[0] = header[0].hasSymbol() ? null : CsvHeader.symbolOf(name);
                    start = nl < 0 ? to : nl + 1;
                }
                if (start < to) {
                    CsvHeader h = header[0];
                    String sym = fixed[0];
                    int s = start;
                    parts.add(pool.submit(() -> new ChunkParser(h, sym).parse(block, s, to, 0)));
                }
            });
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (header[0] == null) {
            throw new DataException(name + " is empty (no header line)");
        }
        int base = 1;
        for (Future<RowChunk> f : parts) {
            RowChunk ch = join(f);
            ch.lineBase = base;
            base += ch.lines;
            chunks.add(ch);
        }
        if (fixed[0] == null && chunks.stream().allMatch(c -> c.symbols.isEmpty() && c.unattributed.isEmpty())) {
            warnings.add(name + ": header only, no data rows");
        }
        if (fixed[0] != null && parts.isEmpty()) {
            rejected.add(new Rejected(fixed[0], 0, "no data rows after the header in " + name));
        }
    }

    private void readDirectory(Path dir) {
        List<Path> files;
        List<String> ignored = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            files = new ArrayList<>();
            for (Path p : list.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(".")) {
                    continue;
                }
                if (Files.isRegularFile(p) && isBarFileName(n)) {
                    files.add(p);
                } else {
                    ignored.add(n);
                }
            }
        } catch (IOException e) {
            throw new DataException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new DataException("no .csv or .txt bar files (optionally .gz) in directory " + dir);
        }
        if (!ignored.isEmpty()) {
            warnings.add(dir.getFileName() + ": ignored " + ignored.size() + " entries that are not bar files: "
                    + String.join(", ", ignored.subList(0, Math.min(5, ignored.size())))
                    + (ignored.size() > 5 ? ", ..." : ""));
        }
        List<Future<RowChunk>> parts = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            fileNames.add(f.getFileName().toString());
            int index = i;
            parts.add(pool.submit(() -> readSmall(f, index)));
        }
        for (int i = 0; i < parts.size(); i++) {
            RowChunk ch = join(parts.get(i));
            if (ch.lines < 0) {
                String name = fileNames.get(i);
                rejected.add(new Rejected(CsvHeader.symbolOf(name), i,
                        ch.lines == -1 ? name + " is empty" : "no data rows after the header in " + name));
            } else {
                chunks.add(ch);
            }
        }
    }

    /** One per-symbol file as one chunk; {@code lines} -1 = empty file, -2 = header only. */
    private RowChunk readSmall(Path file, int index) throws IOException {
        String name = file.getFileName().toString();
        byte[] buf = BlockReader.readAll(file);
        int to = buf.length;
        if (isBlank(buf, 0, to)) {
            RowChunk empty = new RowChunk(index, 0);
            empty.lines = -1;
            return empty;
        }
        int nl = indexOf(buf, 0, to);
        int end = nl < 0 ? to : nl;
        if (end > 0 && buf[end - 1] == '\r') {
            end--;
        }
        CsvHeader header = CsvHeader.detect(buf, 0, end, name);
        int start = nl < 0 ? to : nl + 1;
        if (isBlank(buf, start, to)) {
            RowChunk headerOnly = new RowChunk(index, 0);
            headerOnly.lines = -2;
            return headerOnly;
        }
        // a symbol column (Stooq's <TICKER>, or a long file in the directory) names the rows itself
        String symbol = header.hasSymbol() ? null : CsvHeader.symbolOf(name);
        RowChunk ch = new ChunkParser(header, symbol).parse(buf, start, to, index);
        ch.lineBase = 1;
        return ch;
    }

    static boolean isBarFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".csv") || n.endsWith(".txt");
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '\n' && b[i] != '\r' && b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("interrupted while loading", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof DataException d) {
                throw d;
            }
            if (c instanceof IOException io) {
                throw new DataException("cannot read: " + io.getMessage(), io);
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new DataException("load failed: " + c, c);
        }
    }
}
