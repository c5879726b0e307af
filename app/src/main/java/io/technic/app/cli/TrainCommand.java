package io.technic.app.cli;

import io.technic.app.context.Engine;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.ml.AlphaTrainer;
import io.technic.scanner.ml.Dataset;
import io.technic.scanner.ml.DatasetBuilder;
import io.technic.scanner.ml.LabelSpec;
import io.technic.scanner.ml.TrainConfig;
import io.technic.scanner.model.Market;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code technic train}: builds the data set, runs the walk-forward validation and fits an alpha model. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train the Alpha model(s): XGBoost on the scan's own feature rows, labelled with",
                "the forward return in excess of the index; walk-forward validation with a purge gap.",
                "Writes NAME.ubj and NAME.meta.json (atomically) to --out. The shipped models:",
                "  D=../shared/data; technic train --horizon 5,10 \\",
                "    --source csv:$D/us-daily-ohlcv.csv.gz,index=$D/us-index-daily.csv.gz,meta=$D/us-constituents.csv"})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "SPEC", defaultValue = "sim",
            description = "Data source: sim[:seed=N,symbols=N,bars=N] | csv:PATH,index=PATH[,meta=PATH]. Needs an index. Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(names = "--horizon", paramLabel = "SESSIONS", split = ",", defaultValue = "5",
            description = "Label horizon(s) in sessions; one model per horizon, named alpha<H>d. Default: ${DEFAULT-VALUE}.")
    List<Integer> horizons;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models", description = "Where to write the models. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "Training config JSON (default: the shipped alpha-train.json).")
    Path config;

    @Option(names = "--folds", paramLabel = "N", description = "Walk-forward test windows (default: the config's).")
    Integer folds;

    @Option(names = "--fold-months", paramLabel = "N", description = "Months per test window (default: the config's).")
    Integer foldMonths;

    @Option(names = "--validation-months", paramLabel = "N", description = "Early-stopping window in months (default: the config's).")
    Integer validationMonths;

    @Option(names = "--stride", paramLabel = "N", description = "Train on every N-th date (default: the config's).")
    Integer stride;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Threads for the data set (0 = all cores).")
    int threads;

    @Spec
    CommandSpec spec;

    /**
     * The config's walk-forward layout when the data set is long enough (test windows, a validation
     * window and at least a year of training before them); otherwise, unless the user chose the layout,
     * two test windows and a validation window of a sixth of the span each, so that a short history
     * (the default simulated market has three years) still trains and is validated out of sample.
     */
    private TrainConfig fitLayout(TrainConfig cfg, Dataset d, PrintWriter o) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(d.firstDate(), d.lastDate());
        long needed = (long) cfg.folds() * cfg.foldMonths() + cfg.validationMonths() + 12;
        if (months >= needed || folds != null || foldMonths != null || validationMonths != null) {
            return cfg;
        }
        int part = (int) Math.max(1, months / 6);
        o.printf(Locale.ROOT, "the data set spans %d months, less than the %d the config's layout needs: "
                + "2 test windows of %d months after a %d-month validation window%n", months, needed, part, part);
        return cfg.withFolds(2, part, part);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        TrainConfig cfg = config == null ? TrainConfig.defaults() : TrainConfig.read(config);
        cfg = cfg.withFolds(folds != null ? folds : cfg.folds(), foldMonths != null ? foldMonths : cfg.foldMonths(),
                validationMonths != null ? validationMonths : cfg.validationMonths());
        if (stride != null) {
            cfg = cfg.withTrainStride(stride);
        }
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        Market market = Engine.load(source);
        o.printf(Locale.ROOT, "loaded %s: %,d symbols in %.1f s%n", market.source(), market.size(), (System.nanoTime() - t0) / 1e9);
        o.flush();
        DatasetBuilder builder = new DatasetBuilder(new TechnicalFeatures(), cfg.lookback());
        for (int h : horizons) {
            long t1 = System.nanoTime();
            Dataset d = builder.build(market, new LabelSpec(h, cfg.transform()), null, null, 1, t);
            o.printf(Locale.ROOT, "alpha%dd: data set %,d rows x %d features, %d dates %s..%s, built in %.1f s%n", h,
                    d.rows(), d.schema().size(), d.dates(), d.firstDate(), d.lastDate(), (System.nanoTime() - t1) / 1e9);
            o.flush();
            TrainConfig used = fitLayout(cfg, d, o);
            AlphaTrainer.Result r = new AlphaTrainer(used, line -> {
                o.println(line);
                o.flush();
            }).train(d, "alpha" + h + "d");
            r.model().save(out);
            o.printf(Locale.ROOT, "wrote %s and %s (oosRankIc %.4f, t %.2f)%n", out.resolve(r.metadata().name() + ".ubj"),
                    out.resolve(r.metadata().name() + ".meta.json"), r.metadata().oosRankIc(), r.metadata().oosRankIcT());
            o.flush();
        }
        return 0;
    }
}
