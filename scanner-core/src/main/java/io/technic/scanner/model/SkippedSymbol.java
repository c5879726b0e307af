package io.technic.scanner.model;

import java.util.Objects;

/**
 * A symbol that produced no row, and why.
 *
 * @param symbol ticker
 * @param reason category of the problem
 * @param detail human-readable detail naming where, e.g. {@code "close <= 0 at data.csv:1234"}
 */
public record SkippedSymbol(String symbol, SkipReason reason, String detail) {
    public SkippedSymbol {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
