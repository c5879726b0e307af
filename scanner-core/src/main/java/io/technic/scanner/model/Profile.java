package io.technic.scanner.model;

import java.util.Locale;

/**
 * Risk profile of a scan: sets the default universe filters (how liquid and how cheap a
 * stock may be) and, in the scores, how much momentum versus stability counts.
 */
public enum Profile {
    /** Liquid, established names: price >= 10, 20-day dollar volume >= 20 M USD. */
    CONSERVATIVE(10, 20e6),
    /** The default: price >= 5, dollar volume >= 5 M USD. */
    BALANCED(5, 5e6),
    /** Anything tradable: price >= 1, dollar volume >= 1 M USD. */
    AGGRESSIVE(1, 1e6);

    private final double minPrice;
    private final double minDollarVolume;

    Profile(double minPrice, double minDollarVolume) {
        this.minPrice = minPrice;
        this.minDollarVolume = minDollarVolume;
    }

    /** Default minimum last close, USD. */
    public double minPrice() {
        return minPrice;
    }

    /** Default minimum 20-day average dollar volume, USD. */
    public double minDollarVolume() {
        return minDollarVolume;
    }

    /** Parses {@code conservative|balanced|aggressive}, any case. */
    public static Profile parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown profile '" + s + "' (expected conservative, balanced or aggressive)");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
