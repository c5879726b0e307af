package io.technic.scanner.secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Secrets as private files, one per name: {@code <directory>/<name>}, mode 0600, written
 * atomically ({@link PrivateFile}). The fallback where no keychain answers. Thread-safe.
 */
public final class FileSecretStore implements SecretStore {

    private final Path directory;

    /** @param directory usually {@code <config dir>/secrets} */
    public FileSecretStore(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    public Path directory() {
        return directory;
    }

    /** The file behind {@code name}. */
    public Path file(String name) {
        return directory.resolve(SecretStore.checkName(name));
    }

    @Override
    public Optional<String> get(String name) {
        return PrivateFile.read(file(name)).filter(s -> !s.isEmpty());
    }

    @Override
    public synchronized void put(String name, String value) {
        String v = SecretStore.checkValue(name, value);
        try {
            PrivateFile.write(file(name), v);
        } catch (IOException e) {
            throw new SecretException("cannot store secret '" + name + "': " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean delete(String name) {
        try {
            return Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new SecretException("cannot delete secret '" + name + "' (" + file(name) + "): " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "private files in " + directory + " (mode 600)";
    }

    @Override
    public String toString() {
        return "FileSecretStore[" + directory + "]";
    }
}
