package io.technic.scanner.ml;

import com.fasterxml.jackson.core.JsonGenerator;
import io.technic.scanner.model.FeatureSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything known about a trained model, stored beside it as {@code NAME.meta.json}: the
 * feature schema it expects (ordered names and hash), the label, the data it was trained and
 * validated on, its walk-forward out-of-sample metrics, the library and config versions.
 *
 * @param name            e.g. {@code alpha5d}
 * @param horizon         label horizon, sessions
 * @param label           the label definition in words
 * @param featureNames    the feature schema, in column order
 * @param schemaHash      {@link FeatureSchema#hash()} of {@code featureNames}
 * @param maskedFeatures  features held missing in training (the model ignores them)
 * @param source          the training data source
 * @param dataFrom        first date t of the data set
 * @param dataTo          last date t of the data set
 * @param trainFrom       first date the final model was fitted on
 * @param trainTo         last date the final model was fitted on
 * @param validFrom       first date of the final model's early-stopping window
 * @param validTo         last date of that window
 * @param rounds          boosting rounds (trees) kept after early stopping
 * @param validationRankIc mean daily rank IC on the early-stopping window (in-sample for model choice)
 * @param folds           walk-forward test windows, each out of sample
 * @param overall         all test windows together
 * @param lastTwoYears    the test windows of the last two years together: {@code oosRankIc}, {@code oosRankIcT}
 * @param xgboostVersion  XGBoost4J version that trained it
 * @param configVersion   {@link TrainConfig#version()}
 * @param params          the XGBoost parameters
 * @param createdAt       ISO-8601 instant of training
 * @param trainingSeconds wall time of the whole training run (walk-forward included)
 * @param modelFile       the booster file name (XGBoost UBJ)
 * @param modelSha256     SHA-256 of the booster file
 */
public record ModelMetadata(String name, int horizon, String label, List<String> featureNames, String schemaHash,
                            List<String> maskedFeatures, String source, LocalDate dataFrom, LocalDate dataTo,
                            LocalDate trainFrom, LocalDate trainTo, LocalDate validFrom, LocalDate validTo,
                            int rounds, double validationRankIc, List<ValidationMetrics> folds,
                            ValidationMetrics overall, ValidationMetrics lastTwoYears, String xgboostVersion,
                            int configVersion, Map<String, Object> params, String createdAt, double trainingSeconds,
                            String modelFile, String modelSha256) {

    public ModelMetadata {
        featureNames = List.copyOf(featureNames);
        maskedFeatures = List.copyOf(maskedFeatures);
        folds = List.copyOf(folds);
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Out-of-sample mean daily rank IC over the last two years of walk-forward tests. */
    public double oosRankIc() {
        return lastTwoYears == null ? Double.NaN : lastTwoYears.rankIc();
    }

    /** Its t-statistic (Newey–West). */
    public double oosRankIcT() {
        return lastTwoYears == null ? Double.NaN : lastTwoYears.rankIcT();
    }

    /** The schema the model expects. */
    public FeatureSchema schema() {
        return new FeatureSchema(featureNames);
    }

    /** Writes this as a JSON object field by field. */
    public void write(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeNumberField("horizon", horizon);
        g.writeStringField("label", label);
        num(g, "oosRankIc", oosRankIc());
        num(g, "oosRankIcT", oosRankIcT());
        g.writeStringField("schemaHash", schemaHash);
        g.writeArrayFieldStart("featureNames");
        for (String f : featureNames) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("maskedFeatures");
        for (String f : maskedFeatures) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeStringField("source", source);
        date(g, "dataFrom", dataFrom);
        date(g, "dataTo", dataTo);
        date(g, "trainFrom", trainFrom);
        date(g, "trainTo", trainTo);
        date(g, "validFrom", validFrom);
        date(g, "validTo", validTo);
        g.writeNumberField("rounds", rounds);
        num(g, "validationRankIc", validationRankIc);
        g.writeObjectFieldStart("metrics");
        g.writeFieldName("lastTwoYears");
        metrics(g, lastTwoYears);
        g.writeFieldName("overall");
        metrics(g, overall);
        g.writeArrayFieldStart("folds");
        for (ValidationMetrics f : folds) {
            metrics(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("xgboostVersion", xgboostVersion);
        g.writeNumberField("configVersion", configVersion);
        g.writeObjectFieldStart("params");
        for (Map.Entry<String, Object> e : params.entrySet()) {
            if (e.getValue() instanceof Number n) {
                if (n instanceof Double || n instanceof Float) {
                    g.writeNumberField(e.getKey(), n.doubleValue());
                } else {
                    g.writeNumberField(e.getKey(), n.longValue());
                }
            } else {
                g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        g.writeEndObject();
        g.writeStringField("createdAt", createdAt);
        num(g, "trainingSeconds", trainingSeconds);
        g.writeStringField("modelFile", modelFile);
        g.writeStringField("modelSha256", modelSha256);
        g.writeEndObject();
    }

    /** This as pretty-printed JSON text with a final newline. */
    public String toJson() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            write(g);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w + "\n";
    }

    /** @throws IOException if malformed; @throws IllegalArgumentException naming a missing field */
    @SuppressWarnings("unchecked")
    public static ModelMetadata parse(String json, String where) throws IOException {
        Map<String, Object> m = Json.readObject(json, where);
        Map<String, Object> metrics = (Map<String, Object>) Json.need(m, "metrics", where);
        List<ValidationMetrics> folds = new ArrayList<>();
        for (Object o : (List<Object>) Json.need(metrics, "folds", where)) {
            folds.add(metrics((Map<String, Object>) o, where));
        }
        ModelMetadata md = new ModelMetadata(Json.str(m, "name", where), (int) Json.num(m, "horizon", where),
                Json.str(m, "label", where), strings(Json.need(m, "featureNames", where)),
                Json.str(m, "schemaHash", where), strings(m.getOrDefault("maskedFeatures", List.of())),
                Json.str(m, "source", where), date(m, "dataFrom"), date(m, "dataTo"), date(m, "trainFrom"),
                date(m, "trainTo"), date(m, "validFrom"), date(m, "validTo"), (int) Json.num(m, "rounds", where),
                Json.numOr(m, "validationRankIc", Double.NaN), folds,
                metrics((Map<String, Object>) metrics.get("overall"), where),
                metrics((Map<String, Object>) metrics.get("lastTwoYears"), where),
                Json.str(m, "xgboostVersion", where), (int) Json.num(m, "configVersion", where),
                (Map<String, Object>) m.getOrDefault("params", Map.of()), Json.str(m, "createdAt", where),
                Json.numOr(m, "trainingSeconds", Double.NaN), Json.str(m, "modelFile", where),
                Json.str(m, "modelSha256", where));
        if (!md.schema().hash().equals(md.schemaHash())) {
            throw new IllegalArgumentException(where + ": schemaHash does not match featureNames");
        }
        return md;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : (List<?>) o) {
            out.add(String.valueOf(x));
        }
        return out;
    }

    private static LocalDate date(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : LocalDate.parse(v.toString());
    }

    private static ValidationMetrics metrics(Map<String, Object> m, String where) {
        if (m == null) {
            return null;
        }
        return new ValidationMetrics(Json.str(m, "window", where), date(m, "from"), date(m, "to"),
                (int) Json.num(m, "dates", where), (long) Json.num(m, "rows", where),
                Json.numOr(m, "rankIc", Double.NaN), Json.numOr(m, "rankIcT", Double.NaN),
                Json.numOr(m, "rankIcTNaive", Double.NaN), Json.numOr(m, "icStd", Double.NaN),
                Json.numOr(m, "decileSpread", Double.NaN), Json.numOr(m, "hitRate", Double.NaN));
    }

    private static void metrics(JsonGenerator g, ValidationMetrics v) throws IOException {
        if (v == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("window", v.window());
        date(g, "from", v.from());
        date(g, "to", v.to());
        g.writeNumberField("dates", v.dates());
        g.writeNumberField("rows", v.rows());
        num(g, "rankIc", v.rankIc());
        num(g, "rankIcT", v.rankIcT());
        num(g, "rankIcTNaive", v.rankIcTNaive());
        num(g, "icStd", v.icStd());
        num(g, "decileSpread", v.decileSpread());
        num(g, "hitRate", v.hitRate());
        g.writeEndObject();
    }

    private static void num(JsonGenerator g, String k, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(k, v);
        } else {
            g.writeNullField(k);
        }
    }

    private static void date(JsonGenerator g, String k, LocalDate d) throws IOException {
        g.writeStringField(k, d == null ? null : d.toString());
    }
}
