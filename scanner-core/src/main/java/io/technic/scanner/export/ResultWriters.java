package io.technic.scanner.export;

import io.technic.scanner.analytics.ScanAnalytics;
import io.technic.scanner.model.ScanResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a result in a chosen {@link ResultFormat}. */
public final class ResultWriters {

    private ResultWriters() {}

    public static void write(ResultFormat format, ScanResult r, Writer out) throws IOException {
        write(format, r, ScanAnalytics.NONE, out);
    }

    /** With analytics: sizing and option ideas appear in the table and JSON formats (CSV stays one row per symbol). */
    public static void write(ResultFormat format, ScanResult r, ScanAnalytics analytics, Writer out) throws IOException {
        switch (format) {
            case TABLE -> TableResultWriter.write(r, analytics, out);
            case CSV -> CsvResultWriter.write(r, out);
            case JSON -> JsonResultWriter.write(r, analytics, out);
        }
    }
}
