package io.technic.scanner.model;

/** Why a symbol of the requested universe produced no row. */
public enum SkipReason {
    /** The symbol was requested explicitly but the source has no data for it. */
    NOT_IN_SOURCE,
    /** The data for the symbol could not be read or failed validation (detail names file:line). */
    BAD_DATA,
    /** Fewer bars than the engine's longest warm-up, so indicators would be undefined. */
    INSUFFICIENT_HISTORY,
    /** No bar on or before the requested as-of date. */
    NO_DATA_AT_AS_OF,
    /** The symbol's last bar is too far before the as-of date (delisted or stale feed). */
    STALE_DATA,
    /** Indicator values came out non-finite (e.g. a flat, zero-volume history). */
    UNDEFINED_INDICATORS
}
