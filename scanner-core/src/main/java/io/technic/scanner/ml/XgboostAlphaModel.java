package io.technic.scanner.ml;

import io.technic.scanner.export.AtomicFile;
import io.technic.scanner.model.FeatureSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * An {@link AlphaModel} backed by an XGBoost4J booster, stored as {@code NAME.ubj} (XGBoost's
 * universal binary JSON) plus {@code NAME.meta.json} ({@link ModelMetadata}). Prediction is one
 * {@code inplace_predict} call over the whole matrix (not per row); it is not synchronized, and
 * concurrent calls give bit-identical results. Thread-safe.
 */
public final class XgboostAlphaModel implements AlphaModel {

    static {
        OpenMpWaitPolicy.ensurePassive(); // before XGBoost's native library (and libgomp) loads
    }

    /** Where the shipped models live on the class path. */
    public static final String RESOURCE_DIR = "/io/technic/scanner/ml/models/";

    private final Booster booster;
    private final byte[] bytes;
    private final ModelMetadata metadata;
    private final FeatureSchema schema;

    private XgboostAlphaModel(Booster booster, byte[] bytes, ModelMetadata metadata) {
        this.booster = booster;
        this.bytes = bytes;
        this.metadata = metadata;
        this.schema = metadata.schema();
    }

    /**
     * A model from booster bytes (UBJ or JSON) and its metadata.
     *
     * @throws IllegalArgumentException if the bytes are not an XGBoost model or do not match the metadata's hash
     */
    public static XgboostAlphaModel of(byte[] model, ModelMetadata metadata) {
        String sha = sha256(model);
        if (metadata.modelSha256() != null && !metadata.modelSha256().equals(sha)) {
            throw new IllegalArgumentException("model " + metadata.name() + ": booster bytes (sha256 " + sha
                    + ") are not the file its metadata describes (" + metadata.modelSha256() + ")");
        }
        try {
            return new XgboostAlphaModel(XGBoost.loadModel(model), model.clone(), metadata);
        } catch (XGBoostError | IOException e) {
            throw new IllegalArgumentException("model " + metadata.name() + ": not a readable XGBoost model: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Loads {@code DIR/NAME.ubj} with {@code DIR/NAME.meta.json}.
     *
     * @throws IOException if either file is missing or unreadable, naming it
     */
    public static XgboostAlphaModel load(Path dir, String name) throws IOException {
        Path meta = dir.resolve(name + ".meta.json");
        Path model = dir.resolve(name + ".ubj");
        for (Path p : new Path[] {meta, model}) {
            if (!Files.isRegularFile(p)) {
                throw new NoSuchFileException(p.toString(), null, "model file not found");
            }
        }
        ModelMetadata md = ModelMetadata.parse(Files.readString(meta), meta.toString());
        return of(Files.readAllBytes(model), md);
    }

    /**
     * Loads a shipped model from the class path ({@value #RESOURCE_DIR}NAME.ubj and .meta.json).
     *
     * @return the model, or null when it is not shipped
     * @throws IllegalStateException if it is shipped but unreadable
     */
    public static XgboostAlphaModel loadResource(String name) {
        try (InputStream meta = XgboostAlphaModel.class.getResourceAsStream(RESOURCE_DIR + name + ".meta.json");
             InputStream model = XgboostAlphaModel.class.getResourceAsStream(RESOURCE_DIR + name + ".ubj")) {
            if (meta == null || model == null) {
                return null;
            }
            ModelMetadata md = ModelMetadata.parse(new String(meta.readAllBytes(), StandardCharsets.UTF_8),
                    RESOURCE_DIR + name + ".meta.json");
            return of(model.readAllBytes(), md);
        } catch (IOException e) {
            throw new IllegalStateException("shipped model " + name + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Names of the shipped models, in column order. */
    public static final java.util.List<String> SHIPPED = java.util.List.of("alpha5d", "alpha10d");

    /**
     * The shipped models found on the class path (none when they are absent, e.g. in a build
     * without them).
     *
     * @throws IllegalStateException if a shipped model is present but unreadable
     */
    public static java.util.List<AlphaModel> shipped() {
        java.util.List<AlphaModel> out = new java.util.ArrayList<>();
        for (String n : SHIPPED) {
            XgboostAlphaModel m = loadResource(n);
            if (m != null) {
                out.add(m);
            }
        }
        return java.util.List.copyOf(out);
    }

    /** Writes {@code DIR/NAME.ubj} and {@code DIR/NAME.meta.json}, each atomically. */
    public void save(Path dir) throws IOException {
        AtomicFile.write(dir.resolve(metadata.name() + ".ubj"), out -> out.write(bytes));
        AtomicFile.writeText(dir.resolve(metadata.name() + ".meta.json"), w -> w.write(metadata.toJson()));
    }

    @Override
    public String name() {
        return metadata.name();
    }

    @Override
    public int horizon() {
        return metadata.horizon();
    }

    @Override
    public ModelMetadata metadata() {
        return metadata;
    }

    /** The booster file's bytes (UBJ). */
    public byte[] modelBytes() {
        return bytes.clone();
    }

    @Override
    public float[] predict(FeatureSchema rowsSchema, double[] matrix, int rows) {
        if (!rowsSchema.hash().equals(schema.hash())) {
            throw new SchemaMismatchException("model " + name() + " was trained on feature schema "
                    + abbrev(schema.hash()) + " (" + schema.size() + " columns) but the rows have schema "
                    + abbrev(rowsSchema.hash()) + " (" + rowsSchema.size() + " columns); retrain it with 'technic train'");
        }
        int cols = schema.size();
        float[] x = new float[rows * cols];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) matrix[i];
        }
        return predict(x, rows);
    }

    /** Forecasts for float rows laid out in the model's schema. */
    float[] predict(float[] x, int rows) {
        return predict(booster, x, rows, schema.size());
    }

    static float[] predict(Booster b, float[] x, int rows, int cols) {
        if (rows == 0) {
            return new float[0];
        }
        try {
            float[][] p = b.inplace_predict(x, rows, cols, Float.NaN);
            float[] out = new float[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = p[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        }
    }

    /** The XGBoost4J version on the class path. */
    public static String xgboostVersion() {
        try (InputStream in = Booster.class.getResourceAsStream("/xgboost4j-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbrev(String hash) {
        return hash.substring(0, Math.min(12, hash.length()));
    }
}
