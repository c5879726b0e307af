package io.technic.scanner.watch;

import com.fasterxml.jackson.core.JsonGenerator;
import io.technic.scanner.data.DataException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link WatchConfig} in {@code watch.json} in a directory, crash-safely.
 *
 * <p><b>Writing.</b> {@link #save} first copies the current file, if it reads back whole, to
 * {@code watch.json.bak}; then writes the new content to a temporary file beside it, forces it to
 * disk, renames it over {@code watch.json} atomically and forces the directory. A process killed
 * at any point leaves {@code watch.json} either the old or the new config (tested with a real
 * {@code kill -9}), and {@code watch.json.bak} a good earlier one. Temporary files a killed writer
 * left behind are removed on the next load.
 *
 * <p><b>Reading.</b> {@link #load} parses and validates the file. If it is corrupt (torn by another
 * program, edited by hand, a disk error), the previous good copy is restored from the backup and
 * the result carries a warning naming both files; the corrupt file is kept as
 * {@code watch.json.corrupt}. Not thread-safe: one writer at a time (the CLI and the app are the
 * writers; last save wins).
 */
public final class WatchStore {

    private static final Logger LOG = LoggerFactory.getLogger(WatchStore.class);
    /** The file name. */
    public static final String FILE = "watch.json";
    private static final int VERSION = 1;

    private final Path dir;
    private final Path file;
    private final Path backup;

    /** A store in {@code dir} (created on the first save). */
    public WatchStore(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.file = this.dir.resolve(FILE);
        this.backup = this.dir.resolve(FILE + ".bak");
    }

    /**
     * The default directory, the workstation's configuration directory: the system property
     * {@code technic.config.dir}, else {@code $XDG_CONFIG_HOME/technic}, else {@code ~/.config/technic}.
     */
    public static Path defaultDirectory() {
        String prop = System.getProperty("technic.config.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "technic");
        }
        return Path.of(System.getProperty("user.home"), ".config", "technic");
    }

    public Path file() {
        return file;
    }

    public Path directory() {
        return dir;
    }

    /**
     * The loaded config and what had to be done to load it.
     *
     * @param config   the config (empty when nothing was ever saved)
     * @param warnings for the user, e.g. that a corrupt file was restored from its backup
     */
    public record Loaded(WatchConfig config, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Loads the config, restoring the backup if the file is corrupt.
     *
     * @throws DataException if both the file and its backup are unreadable (naming both and why)
     */
    public Loaded load() {
        cleanTemporaries();
        List<String> warnings = new ArrayList<>();
        String problem;
        try {
            return new Loaded(parse(Files.readString(file, StandardCharsets.UTF_8), file), warnings);
        } catch (NoSuchFileException e) {
            if (!Files.exists(backup)) {
                return new Loaded(WatchConfig.empty(), warnings);
            }
            problem = "missing";
        } catch (IOException | RuntimeException e) {
            problem = e.getMessage();
        }
        WatchConfig good;
        try {
            good = parse(Files.readString(backup, StandardCharsets.UTF_8), backup);
        } catch (IOException | RuntimeException e) {
            throw new DataException(file + " is unreadable (" + problem + ") and so is its backup " + backup + " ("
                    + e.getMessage() + ")", e);
        }
        String warning = file + " was " + ("missing".equals(problem) ? "missing" : "corrupt (" + problem + ")")
                + "; restored the previous good copy from " + backup;
        try {
            if (Files.exists(file)) {
                Files.move(file, dir.resolve(FILE + ".corrupt"), StandardCopyOption.REPLACE_EXISTING);
                warning += " (the corrupt file is kept as " + FILE + ".corrupt)";
            }
            writeDurably(file, Files.readAllBytes(backup));
        } catch (IOException e) {
            warning += "; could not rewrite it (" + e.getMessage() + ")";
        }
        LOG.warn(warning);
        warnings.add(warning);
        return new Loaded(good, warnings);
    }

    /**
     * Saves {@code config} atomically, keeping the file it replaces as the backup.
     *
     * @throws IOException if it cannot be written; the file on disk is then unchanged
     */
    public void save(WatchConfig config) throws IOException {
        Files.createDirectories(dir);
        byte[] bytes = render(config).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] current = Files.readAllBytes(file);
            parse(new String(current, StandardCharsets.UTF_8), file);   // only a good copy becomes the backup
            writeDurably(backup, current);
        } catch (NoSuchFileException e) {
            // first save: nothing to back up
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} does not read back ({}); keeping the older backup", file, e.getMessage());
        }
        writeDurably(file, bytes);
    }

    /** The config as this store writes it (JSON, UTF-8 text). */
    public static String render(WatchConfig config) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "technic-watch");
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("watchlists");
            for (Watchlist w : config.watchlists()) {
                g.writeStartObject();
                g.writeStringField("name", w.name());
                g.writeArrayFieldStart("symbols");
                for (String s : w.symbols()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("scans");
            for (SavedScan s : config.scans()) {
                g.writeStartObject();
                g.writeStringField("name", s.name());
                g.writeStringField("where", s.where());
                g.writeStringField("rankBy", s.rankBy());
                g.writeNumberField("top", s.top());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            for (AlertRule r : config.rules()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("kind", r.kind().key());
                g.writeStringField("target", r.target());
                g.writeStringField("when", r.when());
                g.writeStringField("rearm", r.rearm());
                g.writeStringField("cooldown", r.cooldown().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string failed", e);
        }
        return out + "\n";
    }

    /** Parses what {@link #render} wrote. @throws IOException naming the first problem */
    static WatchConfig parse(String text, Path from) throws IOException {
        Map<String, Object> root = Json.object(Json.parse(text), from.getFileName().toString());
        if (!"technic-watch".equals(root.get("format"))) {
            throw new IOException("not a technic watch file (format is " + root.get("format") + ")");
        }
        double version = Json.number(root, "version", "file");
        if (version != VERSION) {
            throw new IOException("version " + version + " is not supported (expected " + VERSION + ")");
        }
        try {
            List<Watchlist> lists = new ArrayList<>();
            int i = 0;
            for (Object o : Json.array(root.get("watchlists"), "watchlists")) {
                String what = "watchlists[" + i++ + "]";
                Map<String, Object> m = Json.object(o, what);
                List<String> symbols = new ArrayList<>();
                for (Object s : Json.array(m.get("symbols"), what + ".symbols")) {
                    if (!(s instanceof String str)) {
                        throw new IOException(what + ".symbols holds a non-string");
                    }
                    symbols.add(str);
                }
                lists.add(new Watchlist(Json.string(m, "name", what), symbols));
            }
            List<SavedScan> scans = new ArrayList<>();
            i = 0;
            for (Object o : Json.array(root.get("scans"), "scans")) {
                String what = "scans[" + i++ + "]";
                Map<String, Object> m = Json.object(o, what);
                scans.add(new SavedScan(Json.string(m, "name", what), Json.string(m, "where", what),
                        Json.string(m, "rankBy", what), (int) Json.number(m, "top", what)));
            }
            List<AlertRule> rules = new ArrayList<>();
            i = 0;
            for (Object o : Json.array(root.get("rules"), "rules")) {
                String what = "rules[" + i++ + "]";
                Map<String, Object> m = Json.object(o, what);
                String cd = Json.string(m, "cooldown", what);
                rules.add(new AlertRule(Json.string(m, "id", what), AlertRule.Kind.parse(Json.string(m, "kind", what)),
                        Json.string(m, "target", what), Json.string(m, "when", what), Json.string(m, "rearm", what),
                        cd == null ? Duration.ZERO : Duration.parse(cd)));
            }
            return new WatchConfig(lists, scans, rules);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Temp file beside the target, fsync, atomic rename, fsync of the directory. */
    static void writeDurably(Path target, byte[] bytes) throws IOException {
        Path parent = target.getParent();
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(parent);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void forceDirectory(Path d) {
        try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some platforms cannot open a directory; the rename is still atomic there
        }
    }

    private void cleanTemporaries() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "." + FILE + "*.tmp")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.debug("could not clean temporary files in {}: {}", dir, e.getMessage());
        }
    }
}
