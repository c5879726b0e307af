package io.technic.scanner.score;

import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.Profile;
import java.util.List;

/**
 * Turns one feature row into named scores (0–100). Shard-local: depends on the row and the
 * profile only. The first name is the headline score used for ranking. Thread-safe.
 */
public interface Scorer {

    /** Names of the scores written by {@link #score}, headline first. */
    List<String> names();

    /**
     * Writes {@code names().size()} scores into {@code out}.
     *
     * @param row       the feature row, from {@code row[rowOffset]}, laid out by {@code schema}
     */
    void score(double[] row, int rowOffset, FeatureSchema schema, Profile profile, double[] out);
}
