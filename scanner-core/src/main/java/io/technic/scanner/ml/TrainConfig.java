package io.technic.scanner.ml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Versioned training configuration: XGBoost hyperparameters, early stopping, walk-forward
 * layout and the features the model may not use. The default is the resource
 * {@value #DEFAULT_RESOURCE}; {@code technic train --config FILE} reads another.
 *
 * @param version             config version, stored in model metadata
 * @param params              XGBoost parameters, passed through as given
 * @param maxRounds           most boosting rounds
 * @param minRounds           rounds always kept: early stopping chooses among rounds {@code minRounds..maxRounds}
 *                            (a single early tree ranks symbols into a handful of ties; the
 *                            validation IC of the first rounds is mostly noise)
 * @param earlyStoppingRounds stop after this many rounds without a better validation rank IC
 * @param validationMonths    the early-stopping window: the last months before each test window
 * @param folds               walk-forward test windows, the last {@code folds × foldMonths} months
 * @param foldMonths          length of each test window
 * @param embargoSessions     extra sessions of gap on top of the label horizon between windows
 * @param trainStride         train on every n-th date (labels of neighbouring dates overlap anyway)
 * @param lookback            bars fed to the features, as in scans
 * @param transform           the training target's cross-sectional transform
 * @param maskedFeatures      features set to missing in training, so no tree splits on them
 *                            (price levels and share counts, which do not compare across symbols)
 */
public record TrainConfig(int version, Map<String, Object> params, int minRounds, int maxRounds, int earlyStoppingRounds,
                          int validationMonths, int folds, int foldMonths, int embargoSessions, int trainStride,
                          int lookback, LabelSpec.Transform transform, List<String> maskedFeatures) {

    public static final String DEFAULT_RESOURCE = "/io/technic/scanner/ml/alpha-train.json";

    public TrainConfig {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        maskedFeatures = List.copyOf(maskedFeatures);
        if (minRounds < 1 || minRounds > maxRounds || earlyStoppingRounds < 1 || validationMonths < 1 || folds < 1
                || foldMonths < 1
                || embargoSessions < 0 || trainStride < 1 || lookback < 0) {
            throw new IllegalArgumentException("training config out of range: " + this);
        }
    }

    /** The shipped default. */
    public static TrainConfig defaults() {
        try (InputStream in = TrainConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws IOException if unreadable or malformed, naming the file */
    public static TrainConfig read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** @throws IllegalArgumentException naming the bad field */
    static TrainConfig parse(String json, String where) throws IOException {
        Map<String, Object> m = Json.readObject(json, where);
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) Json.need(m, "xgboost", where);
        List<String> masked = new ArrayList<>();
        if (m.get("maskedFeatures") instanceof List<?> l) {
            l.forEach(o -> masked.add(String.valueOf(o)));
        }
        return new TrainConfig((int) Json.num(m, "configVersion", where), params,
                (int) Json.numOr(m, "minRounds", 1), (int) Json.num(m, "maxRounds", where), (int) Json.num(m, "earlyStoppingRounds", where),
                (int) Json.num(m, "validationMonths", where), (int) Json.num(m, "folds", where),
                (int) Json.num(m, "foldMonths", where), (int) Json.numOr(m, "embargoSessions", 0),
                (int) Json.numOr(m, "trainStride", 1), (int) Json.num(m, "lookback", where),
                LabelSpec.Transform.parse(Json.str(m, "labelTransform", where)), masked);
    }

    /** The same config with another walk-forward layout (tests, short data). */
    public TrainConfig withFolds(int n, int months, int validMonths) {
        return new TrainConfig(version, params, minRounds, maxRounds, earlyStoppingRounds, validMonths, n, months,
                embargoSessions, trainStride, lookback, transform, maskedFeatures);
    }

    /** The same config with other boosting limits ({@code minRounds} capped at {@code max}). */
    public TrainConfig withRounds(int max, int earlyStop) {
        return withRounds(Math.min(minRounds, max), max, earlyStop);
    }

    /** The same config with other boosting limits. */
    public TrainConfig withRounds(int min, int max, int earlyStop) {
        return new TrainConfig(version, params, min, max, earlyStop, validationMonths, folds, foldMonths,
                embargoSessions, trainStride, lookback, transform, maskedFeatures);
    }

    /** The same config with one XGBoost parameter replaced. */
    public TrainConfig withParam(String key, Object value) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put(key, value);
        return new TrainConfig(version, p, minRounds, maxRounds, earlyStoppingRounds, validationMonths, folds, foldMonths,
                embargoSessions, trainStride, lookback, transform, maskedFeatures);
    }

    /** The same config with another training stride. */
    public TrainConfig withTrainStride(int stride) {
        return new TrainConfig(version, params, minRounds, maxRounds, earlyStoppingRounds, validationMonths, folds, foldMonths,
                embargoSessions, stride, lookback, transform, maskedFeatures);
    }
}
