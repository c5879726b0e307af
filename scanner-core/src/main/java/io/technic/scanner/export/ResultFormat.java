package io.technic.scanner.export;

import java.util.Locale;

/** Output formats of a scan result. */
public enum ResultFormat {
    TABLE, CSV, JSON;

    /** Parses {@code table|csv|json}, any case. */
    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (expected table, csv or json)");
        }
    }
}
