package io.technic.app.ui.results;

/**
 * A symbol that is not ranked, for the second results tab.
 *
 * @param symbol ticker
 * @param state  {@code filtered} (by a universe filter of the request) or {@code skipped} (could not be evaluated)
 * @param reason the filter's name or the skip reason
 * @param detail the value or place that failed
 */
public record ExcludedRow(String symbol, String state, String reason, String detail) {}
