package io.technic.scanner.portfolio;

/**
 * Settings of {@link Portfolio#build}.
 *
 * @param lookback        daily returns in the estimation window, bars ({@code >= 2}; default 252)
 * @param maxWeight       cap on each name's weight, fraction in (0, 1] (default 0.10)
 * @param sectorCap       cap on each sector's total weight, fraction in (0, 1] (default 0.30)
 * @param minObservations fewest returns accepted when the symbols share less history than
 *                        {@code lookback}; in [2, lookback] (default 60, or {@code lookback} if smaller)
 */
public record PortfolioSpec(int lookback, double maxWeight, double sectorCap, int minObservations) {

    /** 252 returns, 10 % per name, 30 % per sector, at least 60 returns. */
    public static final PortfolioSpec DEFAULT = new PortfolioSpec(252, 0.10, 0.30, 60);

    /**
     * @throws IllegalArgumentException naming the field when a value is out of range
     */
    public PortfolioSpec {
        if (lookback < 2) {
            throw new IllegalArgumentException("lookback must be >= 2: " + lookback);
        }
        if (!(maxWeight > 0 && maxWeight <= 1)) {
            throw new IllegalArgumentException("maxWeight must be in (0, 1]: " + maxWeight);
        }
        if (!(sectorCap > 0 && sectorCap <= 1)) {
            throw new IllegalArgumentException("sectorCap must be in (0, 1]: " + sectorCap);
        }
        if (minObservations < 2 || minObservations > lookback) {
            throw new IllegalArgumentException("minObservations must be in [2, lookback]: " + minObservations);
        }
    }

    /** The defaults with another lookback (minimum observations capped at it). */
    public static PortfolioSpec ofLookback(int lookback) {
        return new PortfolioSpec(lookback, DEFAULT.maxWeight, DEFAULT.sectorCap,
                Math.min(DEFAULT.minObservations, lookback));
    }

    /** This spec with other caps. */
    public PortfolioSpec withCaps(double maxWeight, double sectorCap) {
        return new PortfolioSpec(lookback, maxWeight, sectorCap, minObservations);
    }
}
