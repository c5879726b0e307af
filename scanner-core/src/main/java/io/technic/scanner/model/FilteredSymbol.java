package io.technic.scanner.model;

import java.util.Objects;

/**
 * A symbol removed by a universe filter of the request.
 *
 * @param symbol ticker
 * @param filter the filter's name as in the request, e.g. {@code "minDollarVolume"}
 * @param detail the value that failed, e.g. {@code "dollar volume 412,000 < 5,000,000"}
 */
public record FilteredSymbol(String symbol, String filter, String detail) {
    public FilteredSymbol {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(filter, "filter");
        detail = detail == null ? "" : detail;
    }
}
