package io.technic.scanner.ml;

import java.util.Locale;
import java.util.Objects;

/**
 * What a model learns to forecast: the forward {@code horizon}-session log return of a symbol
 * minus the index's over the same sessions, known only after the close of session t + horizon,
 * optionally transformed per date across the universe.
 *
 * @param horizon   sessions ahead (index sessions), 1 .. 63
 * @param transform how the training target is made cross-sectional; metrics always use the raw excess return
 */
public record LabelSpec(int horizon, Transform transform) {

    /** Cross-sectional treatment of the target at each date. */
    public enum Transform {
        /** the raw excess log return */
        NONE,
        /** the percentile rank within the date, centred: (rank - 1) / (n - 1) - 0.5 */
        RANK,
        /** the z-score within the date, winsorised at ±3 */
        ZSCORE;

        /** Parses {@code none|rank|zscore}, any case. @throws IllegalArgumentException otherwise */
        public static Transform parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown label transform '" + s + "'; valid: none, rank, zscore");
            }
        }
    }

    /** @throws IllegalArgumentException if the horizon is out of range */
    public LabelSpec {
        if (horizon < 1 || horizon > 63) {
            throw new IllegalArgumentException("label horizon must be 1..63 sessions, was " + horizon);
        }
        Objects.requireNonNull(transform, "transform");
    }

    /** A human-readable definition, stored in model metadata. */
    public String describe() {
        return "ln(close[t+" + horizon + "]/close[t]) - ln(index[t+" + horizon + "]/index[t]), sessions of the index;"
                + " training target " + transform.name().toLowerCase(Locale.ROOT) + " per date";
    }
}
