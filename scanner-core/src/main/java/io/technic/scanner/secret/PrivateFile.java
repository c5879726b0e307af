package io.technic.scanner.secret;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * A small text file only its owner can read (mode 0600 on POSIX file systems): written
 * atomically (a private temporary file beside it, forced to disk, moved over it), and refused on
 * read when group or others can read it. Elsewhere the platform's own ACLs apply (on Windows the
 * user profile is private to its user).
 */
public final class PrivateFile {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFile() {}

    /**
     * The file's text, stripped.
     *
     * @return empty when the file does not exist
     * @throws SecretException if others can read the file (naming it and the fix) or it cannot be read
     */
    public static Optional<String> read(Path file) {
        try {
            if (POSIX) {
                Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
                if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new SecretException(file + " can be read by other users; make it private: chmod 600 " + file);
                }
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SecretException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces {@code file} with {@code text} and a line break, mode 0600; the directory is created
     * (mode 0700 when new). A reader sees the old or the new content, never a mix.
     *
     * @throws IOException naming the file when it cannot be written
     */
    public static void write(Path file, String text) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        Path tmp = POSIX
                ? Files.createTempFile(dir, "." + abs.getFileName(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                var out = Channels.newOutputStream(ch);
                out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + abs + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
