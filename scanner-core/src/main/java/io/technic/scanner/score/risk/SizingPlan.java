package io.technic.scanner.score.risk;

/**
 * A long position sized by {@link RiskSizing}. Prices and amounts in USD; fields ending in
 * {@code Pct} are percent (2.5 = 2.5 %), as in the feature row.
 *
 * @param close                the entry price (last close)
 * @param horizonDays          horizon of the expected move, trading days
 * @param expectedMoveUsd      one-sigma move over the horizon: {@code close × σ_daily × √h}
 * @param expectedMovePct      the same in percent of the close
 * @param stopDistanceUsd      {@code min(k × ATR14, close)} per share
 * @param stopDistancePct      the same in percent of the close
 * @param stopPrice            {@code close − stopDistanceUsd}, {@code >= 0}
 * @param riskBudgetUsd        {@code account × riskFraction}: the most this trade may lose at the stop
 * @param shares               whole shares to buy, {@code >= 0}
 * @param positionValueUsd     {@code shares × close}
 * @param positionPctOfAccount position value in percent of the account
 * @param riskAtStopUsd        {@code shares × stopDistanceUsd}: the loss if the stop is hit (≤ the budget)
 * @param cappedByMaxPosition  whether the position cap, not the risk budget, set the share count
 */
public record SizingPlan(double close, int horizonDays, double expectedMoveUsd, double expectedMovePct,
                         double stopDistanceUsd, double stopDistancePct, double stopPrice,
                         double riskBudgetUsd, long shares, double positionValueUsd,
                         double positionPctOfAccount, double riskAtStopUsd, boolean cappedByMaxPosition) {
}
