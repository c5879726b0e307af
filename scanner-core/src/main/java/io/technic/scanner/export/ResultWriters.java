package io.technic.scanner.export;

import io.technic.scanner.analytics.ScanAnalytics;
import io.technic.scanner.model.ScanResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a result in a chosen {@link ResultFormat}. */
public final class ResultWriters {

    private ResultWriters() {}

    public static void write(ResultFormat format, ScanResult r, Writer out) throws IOException {
        write(format, r, ScanAnalytics.NONE, out);
    }

    /**
     * With analytics: sizing and option ideas appear in the table and JSON formats (CSV stays one row per symbol).
     *
     * @throws IllegalArgumentException for {@link ResultFormat#XLSX}, which is binary: use {@link #write(ResultFormat, ScanResult, ScanAnalytics, OutputStream)}
     */
    public static void write(ResultFormat format, ScanResult r, ScanAnalytics analytics, Writer out) throws IOException {
        switch (format) {
            case TABLE -> TableResultWriter.write(r, analytics, out);
            case CSV -> CsvResultWriter.write(r, out);
            case JSON -> JsonResultWriter.write(r, analytics, out);
            case XLSX -> throw new IllegalArgumentException("xlsx is a binary format: write it to a file (--out FILE)");
        }
    }

    /** Any format to a byte stream (text formats as UTF-8); {@code out} is flushed, not closed. */
    public static void write(ResultFormat format, ScanResult r, ScanAnalytics analytics, OutputStream out) throws IOException {
        if (format == ResultFormat.XLSX) {
            XlsxResultWriter.write(r, out);
            return;
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(format, r, analytics, w);
        w.flush();
    }

    /** Replaces {@code target} atomically with the result in {@code format} (see {@link AtomicFile}). */
    public static void writeFile(ResultFormat format, ScanResult r, ScanAnalytics analytics, Path target) throws IOException {
        AtomicFile.write(target, out -> write(format, r, analytics, out));
    }
}
