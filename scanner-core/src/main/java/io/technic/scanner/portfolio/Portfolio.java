package io.technic.scanner.portfolio;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds risk-parity and minimum-variance portfolios of chosen names as of a date.
 *
 * <ol>
 *   <li>Returns: daily log returns on the dates all names share, the last
 *       {@code spec.lookback()} of them up to the as-of date (see {@link ReturnWindow}: a day one
 *       name misses is skipped for all, and the next return spans it). Fewer than
 *       {@code spec.minObservations()} is an error. No bar after the as-of date is read.</li>
 *   <li>Covariance: {@link LedoitWolf} shrinkage of the daily returns.</li>
 *   <li>Weights: {@link RiskParity} and {@link MinimumVariance}, long-only, each name at most
 *       {@code maxWeight}, each sector at most {@code sectorCap}. A name whose sector is null,
 *       blank or {@value SymbolInfo#UNKNOWN} is a sector of its own.</li>
 * </ol>
 *
 * <p>Infeasible caps are relaxed, never silently broken, by this rule (reported in
 * {@link Allocation#capsRelaxed()} with the caps applied): if {@code N × maxWeight < 1} the
 * name cap becomes {@code 1/N}; then if the sectors cannot hold the budget
 * ({@code Σ_s min(sectorCap, n_s × maxWeight) < 1}) the sector cap becomes the smallest value
 * that can. With exactly one unit of room (for example 10 names in 10 sectors at 10 %) both
 * portfolios are forced to the caps. Stateless and thread-safe.
 */
public final class Portfolio {

    private static final int TRADING_DAYS_PER_YEAR = 252;

    private Portfolio() {}

    /**
     * Builds the portfolios of {@code symbolIndices} in a loaded market, with its tickers and sectors.
     *
     * @throws IllegalArgumentException as {@link #build(BarColumns, int[], String[], int, PortfolioSpec)}
     */
    public static Allocation build(Market market, int[] symbolIndices, LocalDate asOf, PortfolioSpec spec) {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(symbolIndices, "symbolIndices");
        Objects.requireNonNull(asOf, "asOf");
        String[] sectors = new String[symbolIndices.length];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < symbolIndices.length; j++) {
            checkIndex(symbolIndices[j], market.size());
            SymbolInfo info = market.symbols().get(symbolIndices[j]);
            sectors[j] = info.sector();
            names.add(info.symbol());
        }
        return build(market.bars(), symbolIndices, sectors, Math.toIntExact(asOf.toEpochDay()), spec, names);
    }

    /**
     * Builds the portfolios of {@code symbolIndices} as of {@code asOfDayInclusive}.
     *
     * @param bars             the bars (symbols' dates may differ)
     * @param symbolIndices    the names, as symbol positions in {@code bars}; distinct, at least 1
     * @param sectors          sector of each name, aligned with {@code symbolIndices}; null entries allowed
     * @param asOfDayInclusive epoch day of the last bar that may be used
     * @param spec             lookback and caps
     * @throws IllegalArgumentException if the indices are empty, repeated or out of range, the
     *                                  sectors do not match them, the names share fewer than
     *                                  {@code spec.minObservations()} returns up to the as-of date, a
     *                                  used close is not finite and positive, or a name has zero
     *                                  variance in the window
     */
    public static Allocation build(BarColumns bars, int[] symbolIndices, String[] sectors, int asOfDayInclusive,
                                   PortfolioSpec spec) {
        Objects.requireNonNull(symbolIndices, "symbolIndices");
        List<String> names = new ArrayList<>();
        for (int s : symbolIndices) {
            names.add("#" + s);
        }
        return build(bars, symbolIndices, sectors, asOfDayInclusive, spec, names);
    }

    private static Allocation build(BarColumns bars, int[] symbolIndices, String[] sectors, int asOfDay,
                                    PortfolioSpec spec, List<String> names) {
        Objects.requireNonNull(bars, "bars");
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(spec, "spec");
        int n = symbolIndices.length;
        if (n == 0) {
            throw new IllegalArgumentException("symbolIndices is empty");
        }
        if (sectors.length != n) {
            throw new IllegalArgumentException("sectors has " + sectors.length + " entries for " + n + " symbols");
        }
        int[] seen = symbolIndices.clone();
        Arrays.sort(seen);
        for (int j = 0; j < n; j++) {
            checkIndex(seen[j], bars.symbolCount());
            if (j > 0 && seen[j] == seen[j - 1]) {
                throw new IllegalArgumentException("symbol index " + seen[j] + " appears twice");
            }
        }

        ReturnWindow window = ReturnWindow.of(bars, symbolIndices, asOfDay, spec.lookback());
        if (window.observations() < spec.minObservations()) {
            throw new IllegalArgumentException("only " + window.observations() + " shared daily returns up to "
                    + LocalDate.ofEpochDay(asOfDay) + "; need at least " + spec.minObservations());
        }
        LedoitWolf.Estimate est = LedoitWolf.estimate(window.returns());
        for (int j = 0; j < n; j++) {
            if (!(est.sample()[j][j] > 0)) {
                throw new IllegalArgumentException(names.get(j) + " has zero variance over the window");
            }
        }
        double[][] cov = est.covariance();

        List<String> sectorNames = new ArrayList<>();
        int[] sectorOf = sectorIds(sectors, sectorNames);
        double maxWeight = n * spec.maxWeight() < 1 - Caps.FEASIBILITY_TOLERANCE ? 1.0 / n : spec.maxWeight();
        double sectorCap = Math.max(spec.sectorCap(), minimalSectorCap(sectorOf, maxWeight));
        boolean relaxed = maxWeight != spec.maxWeight() || sectorCap != spec.sectorCap();

        double[] rp = RiskParity.weights(cov, sectorOf, maxWeight, sectorCap);
        double[] mv = MinimumVariance.weights(cov, sectorOf, maxWeight, sectorCap);
        return new Allocation(names, symbolIndices, sectorNames,
                rp, RiskParity.contributions(cov, rp), annualVol(cov, rp),
                mv, RiskParity.contributions(cov, mv), annualVol(cov, mv),
                cov, est.intensity(), window.observations(), LocalDate.ofEpochDay(window.firstDay()),
                LocalDate.ofEpochDay(window.lastDay()), maxWeight, sectorCap, relaxed);
    }

    /** Annualised volatility {@code √(252 × wᵀΣw)} of daily covariance {@code Σ}. */
    static double annualVol(double[][] dailyCovariance, double[] w) {
        return Math.sqrt(TRADING_DAYS_PER_YEAR * Linalg.quadratic(dailyCovariance, w));
    }

    /** Sector ids; each unknown sector is a sector of its own. Fills the display names. */
    private static int[] sectorIds(String[] sectors, List<String> display) {
        Map<String, Integer> ids = new HashMap<>();
        int[] of = new int[sectors.length];
        int next = 0;
        for (int j = 0; j < sectors.length; j++) {
            String s = sectors[j];
            boolean unknown = s == null || s.isBlank() || s.equals(SymbolInfo.UNKNOWN);
            display.add(unknown ? SymbolInfo.UNKNOWN : s);
            if (unknown) {
                of[j] = next++;
            } else {
                Integer id = ids.get(s);
                if (id == null) {
                    id = next++;
                    ids.put(s, id);
                }
                of[j] = id;
            }
        }
        return of;
    }

    /** Smallest c with Σ_s min(c, n_s × maxWeight) ≥ 1. */
    static double minimalSectorCap(int[] sectorOf, double maxWeight) {
        int sectors = Arrays.stream(sectorOf).max().orElse(-1) + 1;
        double[] room = new double[sectors];
        for (int s : sectorOf) {
            room[s] += maxWeight;
        }
        double[] u = Arrays.stream(room).filter(r -> r > 0).sorted().toArray();
        double below = 0; // room of the sectors smaller than the candidate cap
        for (int k = 0; k < u.length; k++) {
            double c = (1 - below) / (u.length - k);
            if (c <= u[k]) {
                return c;
            }
            below += u[k];
        }
        return 1; // unreachable once N × maxWeight >= 1
    }

    private static void checkIndex(int s, int count) {
        if (s < 0 || s >= count) {
            throw new IllegalArgumentException("symbol index " + s + " out of range [0, " + count + ")");
        }
    }
}
