package io.technic.app.ui.watch;

/**
 * One symbol of the selected watchlist as the last tick saw it; numbers are NaN (rank 0) until a
 * tick has them or when the scan filtered or skipped the symbol.
 *
 * @param changePct the last price against the previous session's close, percent
 * @param spark     the last closes, oldest first (empty before a tick)
 */
public record WatchRow(String symbol, String name, double last, double changePct, double volume, double merit,
                       int rank, double techRating, double rsi, double[] spark) {

    /** A row with nothing known but the symbol. */
    static WatchRow unknown(String symbol) {
        return new WatchRow(symbol, "", Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN,
                new double[0]);
    }
}
