package io.technic.scanner.model;

import java.util.Objects;

/**
 * A tradable symbol and what the data source knows about it.
 *
 * @param symbol       ticker, upper case, never blank
 * @param name         company name, or the ticker when unknown
 * @param sector       GICS-style sector, or {@link #UNKNOWN}
 * @param industry     industry, or {@link #UNKNOWN}
 * @param marketCap    market capitalisation in USD, {@code NaN} when unknown
 * @param fundamentals fundamental ratios, {@link Fundamentals#NONE} when unknown
 */
public record SymbolInfo(String symbol, String name, String sector, String industry,
                         double marketCap, Fundamentals fundamentals) {

    /** Placeholder for an unknown sector or industry. */
    public static final String UNKNOWN = "Unknown";

    public SymbolInfo {
        Objects.requireNonNull(symbol, "symbol");
        if (symbol.isBlank()) {
            throw new IllegalArgumentException("symbol is blank");
        }
        name = name == null || name.isBlank() ? symbol : name;
        sector = sector == null || sector.isBlank() ? UNKNOWN : sector;
        industry = industry == null || industry.isBlank() ? UNKNOWN : industry;
        fundamentals = fundamentals == null ? Fundamentals.NONE : fundamentals;
    }

    /** A symbol with nothing known but its ticker. */
    public static SymbolInfo of(String symbol) {
        return new SymbolInfo(symbol, symbol, UNKNOWN, UNKNOWN, Double.NaN, Fundamentals.NONE);
    }
}
