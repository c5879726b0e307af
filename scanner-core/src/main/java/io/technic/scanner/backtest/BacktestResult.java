package io.technic.scanner.backtest;

import java.time.LocalDate;
import java.util.List;

/**
 * What a backtest found. Returns are simple returns as fractions (0.01 = 1 %); NaN where unknown
 * (a horizon that runs past the data, or no index).
 *
 * @param spec        what ran
 * @param source      the market's source
 * @param dataVersion the market's data version
 * @param symbols     symbols in the universe
 * @param days        one entry per scan date, oldest first
 * @param horizons    statistics of the picks' forward returns, one per {@link Backtest#HORIZONS} entry
 * @param equity      the top-N portfolio, the index and the equal-weight universe, one point per scan date
 * @param summary     the portfolio's headline figures
 * @param notes       remarks about the run (e.g. a range clamped to the data)
 * @param millis      wall time of the run, milliseconds
 */
public record BacktestResult(BacktestSpec spec, String source, String dataVersion, int symbols, List<Day> days,
                             List<HorizonStats> horizons, List<EquityPoint> equity, Summary summary,
                             List<String> notes, double millis) {

    public BacktestResult {
        days = List.copyOf(days);
        horizons = List.copyOf(horizons);
        equity = List.copyOf(equity);
        notes = List.copyOf(notes);
    }

    /**
     * One scan date. Every symbol of the universe is accounted for:
     * {@code universe = passed + filtered + unknown + noBar}.
     *
     * @param date          the scan date (picks use bars on or before it only)
     * @param universe      symbols in the market
     * @param passed        symbols whose condition held and whose ranking value is known (candidates)
     * @param filtered      symbols whose condition was false
     * @param unknown       symbols with too little history for the condition or the ranking value
     * @param noBar         symbols with no bar on this date (not listed yet, delisted, halted)
     * @param picks         the top N candidates, best first
     * @param indexReturn   the index's forward return per horizon
     * @param universeReturn the mean forward return per horizon of every symbol with a bar on this date
     */
    public record Day(LocalDate date, int universe, int passed, int filtered, int unknown, int noBar,
                      List<Pick> picks, double[] indexReturn, double[] universeReturn) {

        public Day {
            picks = List.copyOf(picks);
        }
    }

    /**
     * One pick.
     *
     * @param rank    1-based
     * @param symbol  ticker
     * @param value   the ranking expression's value
     * @param forward forward return per horizon ({@link Backtest#HORIZONS}) from this date's close
     */
    public record Pick(int rank, String symbol, double value, double[] forward) {}

    /**
     * The picks' forward returns over one horizon, pooled over every pick of every date whose
     * horizon ends inside the data. Excess = the pick's return minus the index's (or the universe
     * mean's) over the same days.
     *
     * @param horizon                 trading days
     * @param picks                   picks with a known forward return
     * @param dates                   dates with at least one such pick
     * @param meanReturn              mean forward return of the picks
     * @param universeMeanReturn      the universe's mean forward return, averaged over the picks (each pick
     *                                against its own date), so {@code meanReturn - universeMeanReturn}
     *                                is {@code meanExcessVsUniverse}
     * @param hitRateVsIndex          share of picks that beat the index
     * @param hitRateVsUniverse       share of picks that beat the universe mean
     * @param meanExcessVsIndex       mean excess over the index
     * @param medianExcessVsIndex     median excess over the index
     * @param meanExcessVsUniverse    mean excess over the universe mean
     * @param medianExcessVsUniverse  median excess over the universe mean
     * @param tStatVsUniverse         t-statistic of the per-date mean excess over the universe, on
     *                                non-overlapping dates (every {@code horizon}-th date)
     * @param quantileLevels          levels of {@code quantiles}
     * @param quantiles               quantiles of the excess over the universe mean
     * @param histogramEdges          21 edges of 20 equal bins from the 1st to the 99th percentile of
     *                                the excess over the universe mean (the end bins also hold the tails)
     * @param histogram               picks per bin
     */
    public record HorizonStats(int horizon, int picks, int dates, double meanReturn, double universeMeanReturn,
                               double hitRateVsIndex, double hitRateVsUniverse, double meanExcessVsIndex,
                               double medianExcessVsIndex, double meanExcessVsUniverse, double medianExcessVsUniverse,
                               double tStatVsUniverse, double[] quantileLevels, double[] quantiles,
                               double[] histogramEdges, int[] histogram) {}

    /**
     * The curves at one scan date's close, all starting at 1.
     *
     * @param date      scan date
     * @param portfolio the equal-weight top-N portfolio after costs
     * @param index     the index (NaN without one)
     * @param universe  the equal-weight daily-rebalanced universe
     * @param turnover  the sum of absolute weight changes traded at this close (0 between rebalances)
     * @param holdings  names held after this close
     */
    public record EquityPoint(LocalDate date, double portfolio, double index, double universe, double turnover,
                              int holdings) {}

    /**
     * Headline figures of the portfolio.
     *
     * @param totalReturn         portfolio return over the range, after costs
     * @param annualReturn        compounded per 252 trading days
     * @param annualVolatility    standard deviation of daily returns times sqrt(252)
     * @param sharpe              annual return over annual volatility (no risk-free rate)
     * @param maxDrawdown         largest fall from a running peak, a positive fraction
     * @param indexTotalReturn    the index over the same dates (NaN without one)
     * @param universeTotalReturn the equal-weight universe over the same dates
     * @param meanTurnover        mean turnover per rebalance
     * @param costPaid            total cost as a fraction of equity, summed over rebalances
     */
    public record Summary(double totalReturn, double annualReturn, double annualVolatility, double sharpe,
                          double maxDrawdown, double indexTotalReturn, double universeTotalReturn,
                          double meanTurnover, double costPaid) {}
}
