package io.technic.scanner.data.polygon;

import io.technic.scanner.data.DataException;
import io.technic.scanner.secret.PrivateFile;
import io.technic.scanner.secret.SecretException;
import io.technic.scanner.secret.SecretStore;
import io.technic.scanner.secret.Secrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Polygon API key. It comes from {@code $POLYGON_API_KEY} (or {@code $MASSIVE_API_KEY}), the
 * credentials store ({@link Secrets}: the OS keychain or a private file) or, as earlier versions
 * saved it, a file only its owner can read (mode 0600, default {@code ~/.config/technic/polygon.key});
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
        return find(new Secrets(env, NO_STORE), file);
    }

    /**
     * The key from the environment, else the credentials store (entry {@value Secrets#POLYGON_API_KEY}),
     * else the key file of earlier versions ({@code legacyFile}, may be null).
     *
     * @return empty when none has one
     * @throws DataException if the store fails or the file is readable by others (naming it and the fix)
     */
    public static Optional<PolygonKey> find(Secrets secrets, Path legacyFile) {
        try {
            Optional<String> v = secrets.value(Secrets.POLYGON_API_KEY);
            if (v.isEmpty() && legacyFile != null) {
                v = PrivateFile.read(legacyFile);
            }
            return v.map(PolygonKey::new);
        } catch (SecretException e) {
            throw new DataException(e.getMessage(), e);
        }
    }

    /** Writes {@code key} to {@code file} with mode 0600 (created private, then moved into place). */
    public static void save(String key, Path file) throws IOException {
        PrivateFile.write(file, new PolygonKey(key).value);
    }

    /** A store with nothing in it: {@link #find(Map, Path)} looks at the environment and the file only. */
    private static final SecretStore NO_STORE = new SecretStore() {
        @Override
        public Optional<String> get(String name) {
            return Optional.empty();
        }

        @Override
        public void put(String name, String value) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public boolean delete(String name) {
            return false;
        }

        @Override
        public String describe() {
            return "nothing";
        }
    };

    @Override
    public String toString() {
        return "PolygonKey[****]";
    }
}
