package io.technic.scanner.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert history: append-only JSON lines ({@link Alert#json()}), one alert a line, forced to
 * disk after each batch. Earlier lines are never rewritten, so a process killed mid-append can
 * only leave a torn last line, which {@link #read} skips with a warning. Thread-safe for appends
 * from one process.
 */
public final class AlertHistory {

    private static final Logger LOG = LoggerFactory.getLogger(AlertHistory.class);
    /** The file name in the watch directory. */
    public static final String FILE = "alerts.jsonl";

    private final Path file;

    public AlertHistory(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The history beside a {@link WatchStore}. */
    public static AlertHistory in(Path dir) {
        return new AlertHistory(dir.resolve(FILE));
    }

    public Path file() {
        return file;
    }

    /** Appends {@code alerts} (nothing for an empty list). @throws IOException if the file cannot be written */
    public synchronized void append(List<Alert> alerts) throws IOException {
        if (alerts.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Alert a : alerts) {
            sb.append(a.json()).append('\n');
        }
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            if (ch.size() > 0 && !endsWithNewline(file)) {
                sb.insert(0, '\n');                 // close a line a killed writer left torn
            }
            ByteBuffer b = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(false);
        }
    }

    /**
     * The last {@code max} alerts, oldest first; unreadable lines are skipped and logged with their line number.
     *
     * @throws IOException if the file exists but cannot be read
     */
    public List<Alert> read(int max) throws IOException {
        ArrayDeque<Alert> out = new ArrayDeque<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.addLast(Alert.parseJson(line));
                    if (out.size() > max) {
                        out.removeFirst();
                    }
                } catch (IOException e) {
                    LOG.warn("skipping unreadable alert at {}:{} ({})", file, n, e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return new ArrayList<>(out);
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, ch.size() - 1);
            return last.get(0) == '\n';
        }
    }
}
