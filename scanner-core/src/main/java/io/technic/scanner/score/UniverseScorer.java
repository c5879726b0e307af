package io.technic.scanner.score;

import io.technic.scanner.model.Contribution;
import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.Regime;
import io.technic.scanner.model.SymbolInfo;
import java.util.List;

/**
 * Scores that need the whole universe (percentile ranks, z-scores, the composite built on
 * them). Runs once per scan in the RANK stage, after every per-symbol stage, over the rows of
 * all candidates — so results are the same however the per-symbol work was split. Must not
 * depend on row order. Thread-safe.
 */
public interface UniverseScorer {

    /** Names of the 0–100 scores added to each row; the first is the ranking key. */
    List<String> scoreNames();

    /** Names of the factor exposures (z-scores) added to each row. */
    List<String> factorNames();

    /**
     * Identifies this scorer's configuration in cache keys: two scorers with equal ids give
     * equal outputs for equal inputs.
     */
    default String cacheId() {
        return getClass().getName() + scoreNames() + factorNames();
    }

    /** Scores {@code in.rows()} rows. */
    Output score(Input in);

    /**
     * Scores {@code in.rows()} rows, possibly running independent parts on {@code helper} while
     * the calling thread does the rest; the output is the same as {@link #score(Input)}'s, bit for
     * bit. The default ignores the helper.
     *
     * @param helper runs tasks concurrently with the caller (e.g. the engine's pool)
     */
    default Output score(Input in, java.util.concurrent.Executor helper) {
        return score(in);
    }

    /**
     * @param schema        feature names of {@code features}
     * @param features      row-major feature matrix, {@code rows × schema.size()}
     * @param rows          number of rows
     * @param rowScoreNames names of the per-symbol scores in {@code rowScores}
     * @param rowScores     row-major per-symbol scores, {@code rows × rowScoreNames.size()}
     * @param infos         symbol metadata per row
     * @param regime        the market regime at the as-of date
     * @param profile       the request's profile
     */
    record Input(FeatureSchema schema, double[] features, int rows, List<String> rowScoreNames, double[] rowScores,
                 List<SymbolInfo> infos, Regime regime, Profile profile) {

        /** Column {@code name} of the feature matrix as an array over rows. */
        public double[] feature(String name) {
            int c = schema.indexOf(name);
            int cols = schema.size();
            double[] out = new double[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = features[i * cols + c];
            }
            return out;
        }

        /** A per-symbol score by name over rows, or all NaN if no per-symbol scorer produced it. */
        public double[] rowScore(String name) {
            int c = rowScoreNames.indexOf(name);
            double[] out = new double[rows];
            int cols = rowScoreNames.size();
            for (int i = 0; i < rows; i++) {
                out[i] = c < 0 ? Double.NaN : rowScores[i * cols + c];
            }
            return out;
        }
    }

    /**
     * @param scores        row-major, {@code rows × scoreNames().size()}
     * @param factors       row-major, {@code rows × factorNames().size()}
     * @param contributions per row, the terms of the ranking score, largest first
     */
    record Output(double[] scores, double[] factors, List<List<Contribution>> contributions) {}
}
