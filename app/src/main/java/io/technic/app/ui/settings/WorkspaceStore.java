package io.technic.app.ui.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.technic.scanner.export.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link WorkspaceState} as {@code workstation.json} in the user's config
 * directory: the system property {@value #DIR_PROPERTY} if set (tests), else
 * {@code $XDG_CONFIG_HOME/technic}, else {@code ~/.config/technic}. Writes are atomic (a
 * reader never sees half a file); a missing file gives the defaults, an unreadable one the
 * defaults plus a warning naming the file and the problem (the file is left for the user to inspect).
 */
public final class WorkspaceStore {

    /** System property that overrides the config directory. */
    public static final String DIR_PROPERTY = io.technic.app.config.ConfigDir.PROPERTY;
    static final String FILE = "workstation.json";

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceStore.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    /** What {@link #load} found: the state, and a warning for the user or null. */
    public record Loaded(WorkspaceState state, String warning) {}

    private final Path file;

    public WorkspaceStore(Path directory) {
        this.file = directory.resolve(FILE);
    }

    /** The store in the default config directory. */
    public static WorkspaceStore inUserConfig() {
        return new WorkspaceStore(defaultDirectory());
    }

    /** The config directory (see the class comment). */
    public static Path defaultDirectory() {
        return io.technic.app.config.ConfigDir.resolve();
    }

    public Path file() {
        return file;
    }

    /** Loads the saved state; never throws. */
    public Loaded load() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            WorkspaceState s = JSON.readValue(bytes, WorkspaceState.class);
            if (s == null) {
                throw new IOException("the file is empty or null");
            }
            return new Loaded(s, null);
        } catch (NoSuchFileException e) {
            return new Loaded(WorkspaceState.defaults(), null);
        } catch (IOException | RuntimeException e) {
            String msg = "Settings file " + file + " is unreadable (" + firstLine(e.getMessage()) + "); using defaults";
            LOG.warn(msg);
            return new Loaded(WorkspaceState.defaults(), msg);
        }
    }

    /**
     * Saves atomically, creating the directory.
     *
     * @throws IOException naming the file when it cannot be written
     */
    public void save(WorkspaceState state) throws IOException {
        try {
            AtomicFile.write(file, out -> JSON.writeValue(new NonClosing(out), state));
        } catch (IOException e) {
            throw new IOException("cannot write settings to " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Jackson closes the stream it writes; AtomicFile must still force it to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
