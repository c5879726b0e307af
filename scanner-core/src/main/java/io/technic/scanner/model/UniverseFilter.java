package io.technic.scanner.model;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which symbols of a source a scan considers. Applied in the order of the components below;
 * a symbol removed by one is reported under that filter's name ({@link #SYMBOLS},
 * {@link #SECTORS}, ...).
 *
 * @param symbols         explicit tickers to scan; empty means every symbol of the source
 * @param sectors         sectors to keep (case-insensitive); empty means all
 * @param minPrice        minimum close on the as-of date, USD (0 = none)
 * @param maxPrice        maximum close on the as-of date, USD ({@code +Infinity} = none)
 * @param minDollarVolume minimum 20-day average of close × volume, USD (0 = none)
 * @param minHistoryBars  minimum number of bars up to the as-of date (0 = only the engine's own minimum)
 */
public record UniverseFilter(Set<String> symbols, Set<String> sectors, double minPrice, double maxPrice,
                             double minDollarVolume, int minHistoryBars) {

    public static final String SYMBOLS = "symbols";
    public static final String SECTORS = "sectors";
    public static final String MIN_PRICE = "minPrice";
    public static final String MAX_PRICE = "maxPrice";
    public static final String MIN_DOLLAR_VOLUME = "minDollarVolume";
    public static final String MIN_HISTORY = "minHistoryBars";

    public UniverseFilter {
        symbols = symbols == null ? Set.of() : Set.copyOf(new TreeSet<>(symbols));
        Set<String> lower = new TreeSet<>();
        if (sectors != null) {
            sectors.forEach(x -> lower.add(x.toLowerCase(Locale.ROOT)));
        }
        sectors = Set.copyOf(lower);
        if (minPrice < 0 || Double.isNaN(minPrice)) {
            throw new IllegalArgumentException("minPrice must be >= 0: " + minPrice);
        }
        if (!(maxPrice >= minPrice)) {
            throw new IllegalArgumentException("maxPrice (" + maxPrice + ") must be >= minPrice (" + minPrice + ")");
        }
        if (minDollarVolume < 0 || Double.isNaN(minDollarVolume)) {
            throw new IllegalArgumentException("minDollarVolume must be >= 0: " + minDollarVolume);
        }
        if (minHistoryBars < 0) {
            throw new IllegalArgumentException("minHistoryBars must be >= 0: " + minHistoryBars);
        }
    }

    /** No filtering beyond the engine's own minimum history. */
    public static UniverseFilter none() {
        return new UniverseFilter(Set.of(), Set.of(), 0, Double.POSITIVE_INFINITY, 0, 0);
    }

    /** The profile's default price and liquidity floors. */
    public static UniverseFilter defaultsFor(Profile profile) {
        return new UniverseFilter(Set.of(), Set.of(), profile.minPrice(), Double.POSITIVE_INFINITY,
                profile.minDollarVolume(), 0);
    }

    /** Whether {@code sector} passes the sector filter. */
    public boolean acceptsSector(String sector) {
        return sectors.isEmpty() || sectors.contains(sector.toLowerCase(Locale.ROOT));
    }
}
