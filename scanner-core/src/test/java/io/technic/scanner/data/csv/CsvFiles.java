package io.technic.scanner.data.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes small CSV files for tests. */
final class CsvFiles {

    static final String LONG_HEADER = "symbol,date,open,high,low,close,volume";

    private CsvFiles() {}

    /** {@code n} clean long-format rows for {@code symbol} on consecutive weekdays from 2024-01-02. */
    static List<String> rows(String symbol, int n) {
        List<String> out = new ArrayList<>();
        LocalDate d = LocalDate.of(2024, 1, 2);
        for (int i = 0; i < n; i++) {
            double c = 100 + i;
            out.add(symbol + "," + d + "," + (c - 0.5) + "," + (c + 1) + "," + (c - 1) + "," + c + "," + (1000 + i));
            d = nextWeekday(d);
        }
        return out;
    }

    static LocalDate nextWeekday(LocalDate d) {
        LocalDate n = d.plusDays(1);
        while (n.getDayOfWeek() == DayOfWeek.SATURDAY || n.getDayOfWeek() == DayOfWeek.SUNDAY) {
            n = n.plusDays(1);
        }
        return n;
    }

    /** Writes a header and lines, '\n'-terminated. */
    static Path write(Path file, String header, List<String> lines) {
        StringBuilder b = new StringBuilder();
        if (header != null) {
            b.append(header).append('\n');
        }
        for (String l : lines) {
            b.append(l).append('\n');
        }
        return writeText(file, b.toString());
    }

    static Path writeText(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (file.toString().endsWith(".gz")) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                    out.write(bytes);
                }
            } else {
                Files.write(file, bytes);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Long file: a clean GOOD symbol (5 rows), then the given lines, then a clean LAST symbol. */
    static Path longWith(Path dir, String name, List<String> lines) {
        List<String> all = new ArrayList<>(rows("GOOD", 5));
        all.addAll(lines);
        all.addAll(rows("LAST", 3));
        return write(dir.resolve(name), LONG_HEADER, all);
    }
}
