package io.technic.scanner.remote;

import java.util.Locale;

/** Where a scan's per-symbol stages run. */
public enum ExecutionPolicy {
    /** Always on this machine. */
    LOCAL,
    /** On the remote endpoints (shards that fail there still fall back to local). */
    REMOTE,
    /** Remote when the scan is uncached, large enough, and an endpoint is healthy; else local. */
    AUTO;

    /** Parses {@code local|remote|auto}, any case. @throws IllegalArgumentException otherwise */
    public static ExecutionPolicy parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown execution policy '" + s + "' (expected local, remote or auto)");
        }
    }
}
