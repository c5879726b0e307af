package io.technic.scanner.ml;

import io.technic.scanner.model.FeatureSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains an alpha model on a {@link Dataset} and measures it honestly.
 *
 * <p><b>Walk-forward.</b> The last {@code folds × foldMonths} months are cut into test windows.
 * For each, a model is fitted on every earlier date up to a gap, early-stopped on the
 * {@code validationMonths} before the test window (after another gap), and then predicts the test
 * window it never saw. Each gap is {@code horizon + embargoSessions} sessions, so no training
 * label (which looks {@code horizon} sessions ahead) overlaps a validation or test date.
 * Metrics are per fold, over all folds, and over the last two years of folds.
 *
 * <p><b>The shipped model</b> is fitted on everything up to a gap before the last
 * {@code validationMonths}, early-stopped on those months. Early stopping keeps the round with
 * the best mean daily rank IC on the validation window among rounds {@code minRounds..maxRounds}.
 *
 * <p>Deterministic: the same data, config and seed give the same booster bytes.
 */
public final class AlphaTrainer {

    static {
        OpenMpWaitPolicy.ensurePassive(); // before XGBoost's native library (and libgomp) loads
    }

    private final TrainConfig config;
    private final Consumer<String> log;

    /** @param log receives one line per step (fold results, timings) */
    public AlphaTrainer(TrainConfig config, Consumer<String> log) {
        this.config = config;
        this.log = log == null ? s -> { } : log;
    }

    /** The fitted model with its metadata. */
    public record Result(XgboostAlphaModel model, ModelMetadata metadata) {}

    /**
     * @param name model name, e.g. {@code alpha5d}
     * @throws IllegalArgumentException if the data set is too short for the walk-forward layout
     */
    public Result train(Dataset data, String name) {
        long t0 = System.nanoTime();
        int h = data.label().horizon();
        int gap = h + config.embargoSessions();
        LocalDate last = data.lastDate();
        if (last == null) {
            throw new IllegalArgumentException("empty data set: no dates with a known label");
        }
        List<ValidationMetrics> folds = new ArrayList<>();
        int oosStart = data.groupOnOrAfter(epoch(last.minusMonths((long) config.folds() * config.foldMonths()).plusDays(1)));
        float[] oos = new float[data.rows()];
        for (int f = 0; f < config.folds(); f++) {
            LocalDate testFrom = last.minusMonths((long) (config.folds() - f) * config.foldMonths()).plusDays(1);
            LocalDate testTo = last.minusMonths((long) (config.folds() - f - 1) * config.foldMonths());
            int g0 = data.groupOnOrAfter(epoch(testFrom));
            int g1 = data.groupOnOrAfter(epoch(testTo) + 1);
            Windows w = windows(data, g0, gap, "fold " + (f + 1));
            Fit fit = fit(data.groups(0, w.trainEnd, config.trainStride()), data.groups(w.validStart, w.validEnd, 1));
            Dataset test = data.groups(g0, g1, 1);
            float[] p = XgboostAlphaModel.predict(fit.booster, test.x(), test.rows(), data.schema().size());
            System.arraycopy(p, 0, oos, data.dateStart()[g0], p.length);
            fit.booster.dispose();
            ValidationMetrics m = Evaluation.evaluate("fold " + (f + 1), test, p, h);
            folds.add(m);
            log.accept(String.format(Locale.ROOT, "%s  fold %d  train %s..%s  valid %s..%s  test %s..%s  rounds %d  %s",
                    name, f + 1, data.firstDate(), day(data, w.trainEnd - 1), day(data, w.validStart),
                    day(data, w.validEnd - 1), test.firstDate(), test.lastDate(), fit.rounds, describe(m)));
        }
        Dataset oosData = data.groups(oosStart, data.dates(), 1);
        float[] oosPred = Arrays.copyOfRange(oos, data.dateStart()[oosStart], data.rows());
        ValidationMetrics overall = Evaluation.evaluate("all folds", oosData, oosPred, h);
        int twoYears = data.groupOnOrAfter(epoch(last.minusYears(2).plusDays(1)));
        int from2y = Math.max(twoYears, oosStart);
        ValidationMetrics lastTwo = Evaluation.evaluate("last 2 years", data.groups(from2y, data.dates(), 1),
                Arrays.copyOfRange(oos, data.dateStart()[from2y], data.rows()), h);
        log.accept(name + "  out of sample, all folds: " + describe(overall));
        log.accept(name + "  out of sample, last 2 years: " + describe(lastTwo));

        int v0 = data.groupOnOrAfter(epoch(last.minusMonths(config.validationMonths()).plusDays(1)));
        int trainEnd = v0 - gap;
        if (trainEnd <= 0) {
            throw new IllegalArgumentException("data set " + data.firstDate() + ".." + last
                    + " is too short for a " + config.validationMonths() + "-month validation window");
        }
        Fit fit = fit(data.groups(0, trainEnd, config.trainStride()), data.groups(v0, data.dates(), 1));
        byte[] bytes = fit.bytes;
        fit.booster.dispose();
        double secs = (System.nanoTime() - t0) / 1e9;
        FeatureSchema schema = data.schema();
        ModelMetadata md = new ModelMetadata(name, h, data.label().describe(), schema.names(), schema.hash(),
                config.maskedFeatures(), data.source(), data.firstDate(), last, data.firstDate(),
                day(data, trainEnd - 1), day(data, v0), last, fit.rounds, fit.validIc, folds, overall, lastTwo,
                XgboostAlphaModel.xgboostVersion(), config.version(), config.params(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), Math.round(secs * 10) / 10.0,
                name + ".ubj", XgboostAlphaModel.sha256(bytes));
        log.accept(String.format(Locale.ROOT, "%s  final model: train %s..%s, valid %s..%s, %d rounds, valid IC %.4f, %.1f s",
                name, md.trainFrom(), md.trainTo(), md.validFrom(), md.validTo(), fit.rounds, fit.validIc, secs));
        return new Result(XgboostAlphaModel.of(bytes, md), md);
    }

    /** Group ranges of one fold: train [0, trainEnd), validation [validStart, validEnd). */
    private record Windows(int trainEnd, int validStart, int validEnd) {}

    private Windows windows(Dataset data, int testStart, int gap, String what) {
        int validEnd = testStart - gap;
        int validStart = validEnd <= 0 ? 0 : data.groupOnOrAfter(
                epoch(LocalDate.ofEpochDay(data.dayOfGroup(validEnd)).minusMonths(config.validationMonths())));
        int trainEnd = validStart - gap;
        if (trainEnd <= 20 || validEnd - validStart < 20) {
            throw new IllegalArgumentException(what + ": data set " + data.firstDate() + ".." + data.lastDate()
                    + " is too short for " + config.folds() + " test windows of " + config.foldMonths()
                    + " months after a " + config.validationMonths() + "-month validation window");
        }
        return new Windows(trainEnd, validStart, validEnd);
    }

    private record Fit(Booster booster, byte[] bytes, int rounds, double validIc) {}

    /** Boosts round by round, keeping the round with the best validation rank IC. */
    Fit fit(Dataset train, Dataset valid) {
        int cols = train.schema().size();
        float[] x = train.x();   // a copy already (Dataset.groups)
        for (String f : config.maskedFeatures()) {
            int c = train.schema().indexOf(f);
            for (int i = c; i < x.length; i += cols) {
                x[i] = Float.NaN;
            }
        }
        DMatrix d = null;
        Booster b = null;
        try {
            d = new DMatrix(x, train.rows(), cols, Float.NaN);
            d.setLabel(train.target());
            Map<String, Object> params = new HashMap<>(config.params());
            b = XGBoost.train(d, params, 0, new HashMap<>(), null, null);
            double best = Double.NEGATIVE_INFINITY;
            int bestRound = 0;
            byte[] bestBytes = b.toByteArray("ubj");
            for (int it = 0; it < config.maxRounds(); it++) {
                b.update(d, it);
                if (it + 1 < config.minRounds()) {
                    continue;
                }
                float[] p = XgboostAlphaModel.predict(b, valid.x(), valid.rows(), cols);
                double ic = Evaluation.meanIc(valid, p);
                if (ic > best) {
                    best = ic;
                    bestRound = it + 1;
                    bestBytes = b.toByteArray("ubj");
                } else if (it + 1 - bestRound >= config.earlyStoppingRounds()) {
                    break;
                }
            }
            return new Fit(XGBoost.loadModel(bestBytes), bestBytes, bestRound, best);
        } catch (XGBoostError | java.io.IOException e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            if (b != null) {
                b.dispose();
            }
            if (d != null) {
                d.dispose();
            }
        }
    }

    static String describe(ValidationMetrics m) {
        return String.format(Locale.ROOT, "IC %.4f (t %.2f NW, %.2f naive) over %d dates, decile spread %.3f%%, hit %.1f%%",
                m.rankIc(), m.rankIcT(), m.rankIcTNaive(), m.dates(), 100 * m.decileSpread(), 100 * m.hitRate());
    }

    private static int epoch(LocalDate d) {
        return (int) d.toEpochDay();
    }

    private static LocalDate day(Dataset d, int group) {
        return LocalDate.ofEpochDay(d.dayOfGroup(Math.max(0, Math.min(group, d.dates() - 1))));
    }
}
