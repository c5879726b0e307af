package io.technic.scanner.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Risk-parity and minimum-variance weights of a set of names, with what they were estimated
 * from. Arrays are aligned with {@link #symbols()}; accessors return copies. Weights and risk
 * contributions are fractions (each set sums to 1); volatilities are annualised fractions
 * ({@code √(252 × wᵀΣw)}, 0.18 = 18 % a year); the covariance is of daily log returns.
 *
 * @param symbols                  tickers, or {@code "#index"} when built from bare columns
 * @param symbolIndices            the symbols' positions in the bar columns
 * @param sectors                  sector of each name as given ({@code "Unknown"} for none)
 * @param riskParityWeights        risk-parity weights
 * @param riskParityContributions  each name's share of the risk-parity portfolio's variance
 * @param riskParityVolatility     annualised volatility of the risk-parity portfolio
 * @param minVarianceWeights       minimum-variance weights
 * @param minVarianceContributions each name's share of the minimum-variance portfolio's variance
 * @param minVarianceVolatility    annualised volatility of the minimum-variance portfolio
 * @param covariance               the Ledoit–Wolf covariance of daily log returns
 * @param shrinkageIntensity       Ledoit–Wolf intensity in [0, 1] (weight of the scaled identity)
 * @param observations             daily returns used
 * @param firstDate                first shared date of the window (base of the first return)
 * @param lastDate                 last shared date of the window, on or before the as-of date
 * @param maxWeight                the per-name cap applied (after any relaxation)
 * @param sectorCap                the per-sector cap applied (after any relaxation)
 * @param capsRelaxed              whether the requested caps were raised to make room for the budget
 */
public record Allocation(List<String> symbols, int[] symbolIndices, List<String> sectors,
                         double[] riskParityWeights, double[] riskParityContributions, double riskParityVolatility,
                         double[] minVarianceWeights, double[] minVarianceContributions,
                         double minVarianceVolatility, double[][] covariance, double shrinkageIntensity,
                         int observations, LocalDate firstDate, LocalDate lastDate, double maxWeight,
                         double sectorCap, boolean capsRelaxed) {

    public Allocation {
        symbols = List.copyOf(symbols);
        sectors = List.copyOf(sectors);
        symbolIndices = symbolIndices.clone();
        riskParityWeights = riskParityWeights.clone();
        riskParityContributions = riskParityContributions.clone();
        minVarianceWeights = minVarianceWeights.clone();
        minVarianceContributions = minVarianceContributions.clone();
        covariance = deepCopy(covariance);
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(lastDate, "lastDate");
    }

    /** Number of names. */
    public int size() {
        return symbols.size();
    }

    @Override
    public int[] symbolIndices() {
        return symbolIndices.clone();
    }

    @Override
    public double[] riskParityWeights() {
        return riskParityWeights.clone();
    }

    @Override
    public double[] riskParityContributions() {
        return riskParityContributions.clone();
    }

    @Override
    public double[] minVarianceWeights() {
        return minVarianceWeights.clone();
    }

    @Override
    public double[] minVarianceContributions() {
        return minVarianceContributions.clone();
    }

    @Override
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
