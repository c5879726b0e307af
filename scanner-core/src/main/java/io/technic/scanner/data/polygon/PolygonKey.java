package io.technic.scanner.data.polygon;

import io.technic.scanner.data.DataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Polygon API key. It comes from {@code $POLYGON_API_KEY} (or {@code $MASSIVE_API_KEY}) or from
 * a file only its owner can read (mode 0600, default {@code ~/.config/technic/polygon.key});
 * {@link #toString()} never shows it, and the client sends it only as an {@code Authorization}
 * header, so it cannot end up in a URL, a log line or an exception message. Immutable.
 */
public final class PolygonKey {

    private final String value;

    /** @throws IllegalArgumentException if the key is blank or has characters a key cannot have */
    public PolygonKey(String value) {
        Objects.requireNonNull(value, "value");
        String v = value.strip();
        if (v.isEmpty() || !v.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new IllegalArgumentException("the Polygon API key is empty or holds spaces or control characters");
        }
        this.value = v;
    }

    /** The key, for the Authorization header only. */
    String value() {
        return value;
    }

    /** The default key file: {@code <config dir>/polygon.key}. */
    public static Path defaultFile(Path configDir) {
        return configDir.resolve("polygon.key");
    }

    /**
     * The key from the environment, else from {@code file}.
     *
     * @return empty when neither has one
     * @throws DataException if the file is readable by others than its owner (naming the file and the fix)
     */
    public static Optional<PolygonKey> find(Map<String, String> env, Path file) {
        for (String name : new String[] {"POLYGON_API_KEY", "MASSIVE_API_KEY"}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return Optional.of(new PolygonKey(v));
            }
        }
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                throw new DataException(file + " can be read by other users; make it private: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's own ACLs apply
        } catch (IOException e) {
            throw new DataException("cannot check the permissions of " + file + ": " + e.getMessage(), e);
        }
        try {
            return Optional.of(new PolygonKey(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code key} to {@code file} with mode 0600 (created private, then moved into place). */
    public static void save(String key, Path file) throws IOException {
        PolygonKey k = new PolygonKey(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, k.value + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String toString() {
        return "PolygonKey[****]";
    }
}
