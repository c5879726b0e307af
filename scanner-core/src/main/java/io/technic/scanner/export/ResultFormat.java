package io.technic.scanner.export;

import java.util.Locale;

/** Output formats of a scan result. */
public enum ResultFormat {
    TABLE("txt"), CSV("csv"), JSON("json"),
    /** An Excel workbook: binary, so it goes to a file or stream, never to a text writer. */
    XLSX("xlsx");

    private final String extension;

    ResultFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension, without the dot (e.g. {@code xlsx}). */
    public String extension() {
        return extension;
    }

    /** Whether the format is text (everything but {@link #XLSX}). */
    public boolean isText() {
        return this != XLSX;
    }

    /** Parses {@code table|csv|json|xlsx}, any case. */
    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (expected table, csv, json or xlsx)");
        }
    }
}
