package io.technic.scanner.model;

import java.util.Map;

/**
 * One ranked symbol.
 *
 * @param rank     1-based position in the ranking
 * @param info     symbol and metadata
 * @param score         the ranking key, 0–100 (MERIT by default)
 * @param scores        named scores and sub-scores, 0–100, in presentation order
 * @param factors       factor exposures (winsorised cross-sectional z-scores), by name
 * @param contributions the terms of the ranking score, largest first (empty when it has none)
 * @param features      the feature row at the as-of date, aligned with {@code schema}; do not modify
 * @param schema        names of {@code features}
 * @param forecasts     raw ML forecasts by model ({@code alpha5d}, {@code alpha10d}): the expected forward
 *                      excess log return over the model's horizon, a fraction (0.01 = 1 %); empty without models
 */
public record ScanRow(int rank, SymbolInfo info, double score, Map<String, Double> scores,
                      Map<String, Double> factors, java.util.List<Contribution> contributions,
                      double[] features, FeatureSchema schema, Map<String, Double> forecasts) {

    public ScanRow {
        scores = immutable(scores);
        factors = immutable(factors);
        contributions = java.util.List.copyOf(contributions);
        forecasts = immutable(forecasts);
    }

    /** A row without ML forecasts. */
    public ScanRow(int rank, SymbolInfo info, double score, Map<String, Double> scores, Map<String, Double> factors,
                   java.util.List<Contribution> contributions, double[] features, FeatureSchema schema) {
        this(rank, info, score, scores, factors, contributions, features, schema, Map.of());
    }

    private static Map<String, Double> immutable(Map<String, Double> m) {
        return m instanceof NamedValues ? m
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    public String symbol() {
        return info.symbol();
    }

    /** A feature by name. @throws IllegalArgumentException for an unknown name */
    public double feature(String name) {
        return features[schema.indexOf(name)];
    }
}
