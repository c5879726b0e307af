package io.technic.scanner.score.options;

import io.technic.scanner.model.Regime;

import java.util.List;
import java.util.Objects;

/**
 * An option structure suggested for one symbol, valued by Black–Scholes with realised
 * volatility standing in for implied volatility. Every money amount is USD <em>per share</em>
 * (multiply by 100 for one listed contract). Always read {@link #label()}: these are
 * estimates, not quotes.
 *
 * @param symbol          ticker
 * @param structure       the suggested structure ({@link Structure#NONE} with no legs when none fits)
 * @param rationale       the decision-table cell that chose it, in words
 * @param close           last close, USD
 * @param ivProxy         annualised realised volatility used in place of implied volatility (fraction)
 * @param volPercentile   the symbol's volatility percentile within the universe, [0, 1]
 * @param regime          market regime
 * @param view            directional view
 * @param horizonDays     days to expiry, calendar days
 * @param expectedMoveUsd one-sigma move to expiry: {@code close × ivProxy × √(days / 365)}
 * @param expectedMovePct the same in percent of the close
 * @param legs            the legs, in the order a trader would enter them
 * @param netDebit        what opening costs, {@code Σ ±price}; negative for a net credit
 * @param maxLoss         largest loss at expiry as a positive amount ({@code +∞} when unbounded; NaN for NONE)
 * @param maxGain         largest gain at expiry ({@code +∞} when unbounded; NaN for NONE)
 * @param breakeven       lowest stock price at expiry where the position neither gains nor loses;
 *                        NaN when there is none
 * @param netDelta        delta of the whole position per share
 * @param label           always says that the values are estimates from realised volatility
 */
public record OptionIdea(String symbol, Structure structure, String rationale, double close, double ivProxy,
                         double volPercentile, Regime.Name regime, View view, int horizonDays,
                         double expectedMoveUsd, double expectedMovePct, List<OptionLeg> legs,
                         double netDebit, double maxLoss, double maxGain, double breakeven, double netDelta,
                         String label) {

    public OptionIdea {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(structure, "structure");
        legs = List.copyOf(legs);
        Objects.requireNonNull(label, "label");
    }

    /** Lower end of the one-sigma range at expiry. */
    public double lowerPrice() {
        return close - expectedMoveUsd;
    }

    /** Upper end of the one-sigma range at expiry. */
    public double upperPrice() {
        return close + expectedMoveUsd;
    }

    /** Profit or loss per share at expiry if the stock closes at {@code stockPrice}. */
    public double payoffAt(double stockPrice) {
        double v = -netDebit;
        for (OptionLeg leg : legs) {
            v += leg.action().sign() * leg.payoffAt(stockPrice);
        }
        return v;
    }
}
