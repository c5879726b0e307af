package io.technic.scanner.ml;

import io.technic.scanner.model.FeatureSchema;

/**
 * A forecast of each symbol's forward excess return from its feature row, evaluated for a whole
 * universe in one batch. Shard-local: a row's forecast depends on that row only. Thread-safe.
 */
public interface AlphaModel {

    /** Short name, also the score column of its percentile: {@code alpha5d}, {@code alpha10d}. */
    String name();

    /** Label horizon in sessions. */
    int horizon();

    /** Training provenance and validation metrics. */
    ModelMetadata metadata();

    /**
     * Forecasts for {@code rows} rows of {@code matrix} (row-major, {@code schema.size()} columns;
     * NaN = missing): the expected forward excess log return over {@link #horizon()} sessions.
     *
     * @throws SchemaMismatchException if {@code schema}'s hash differs from the model's
     */
    float[] predict(FeatureSchema schema, double[] matrix, int rows);

    /** Thrown when a feature matrix does not have the columns a model was trained on. */
    final class SchemaMismatchException extends IllegalArgumentException {
        public SchemaMismatchException(String message) {
            super(message);
        }
    }
}
