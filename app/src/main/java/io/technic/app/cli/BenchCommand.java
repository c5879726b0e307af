package io.technic.app.cli;

import io.technic.app.bench.BenchReport;
import io.technic.app.bench.BenchSuite;
import io.technic.app.bench.MarketSample;
import io.technic.app.bench.Workload;
import io.technic.app.context.Engine;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.exec.FeatureStage;
import io.technic.scanner.export.AtomicFile;
import io.technic.scanner.feature.FeatureEngine;
import io.technic.scanner.indicator.ScanRecurrencesBatch;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.Regime;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.RegimeClassifier;
import io.technic.scanner.score.TechRating;
import io.technic.scanner.score.UniverseScorer;
import io.technic.app.bench.Stats;
import io.technic.scanner.model.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code technic bench}: the engine's indicator stage and full pipeline against the same
 * indicator set through TA-Lib's Java port and ta4j, in one JVM, on one generated universe;
 * also the scoring stage and the ML stage (the shipped alpha models over the whole universe).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark the engine against TA-Lib and ta4j on a generated universe, in one JVM.",
                "Prints medians, min-max and the engine's speed-up ratios (--format json for machines)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--symbols", paramLabel = "N", defaultValue = "6000", description = "Universe size. Default: ${DEFAULT-VALUE}.")
    int symbols;

    @Option(names = "--bars", paramLabel = "N", defaultValue = "500", description = "Daily bars per symbol. Default: ${DEFAULT-VALUE}.")
    int bars;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Simulation seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Engine threads (0 = all cores). The anchors run single-threaded.")
    int threads;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "15", description = "Timed runs of the engine workloads. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--min-warmup-ms", paramLabel = "MS", defaultValue = "3000",
            description = "Engine workloads warm up at least this long, so the once-per-scan code is compiled. Default: ${DEFAULT-VALUE}.")
    long minWarmupMillis;

    @Option(names = "--anchor-iterations", paramLabel = "N", defaultValue = "5", description = "Timed runs of TA-Lib and ta4j. Default: ${DEFAULT-VALUE}.")
    int anchorIterations;

    @Option(names = "--ta4j-sample", paramLabel = "K", defaultValue = "20",
            description = "Run ta4j on every K-th symbol and scale its time to the universe (it is ~1000x slower). Default: ${DEFAULT-VALUE}.")
    int ta4jEvery;

    @Option(names = "--no-ta4j", description = "Skip ta4j.")
    boolean noTa4j;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table | json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the JSON report to FILE (atomically).")
    Path out;

    private static final String WALL = "wall";

    /**
     * Medians of each pipeline stage over the timed runs, named {@code pipeline stage NAME}, plus
     * {@code pipeline stage (between stages)}: the run's wall time less its stages (hand-offs, the
     * scan job's start, result assembly outside the stages).
     */
    static Map<String, Stats> pipelineStages(List<Map<String, Double>> runs) {
        Map<String, double[]> samples = new LinkedHashMap<>();
        double[] between = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            double sum = 0;
            for (var e : runs.get(i).entrySet()) {
                if (e.getKey().equals(WALL) || e.getKey().equals(Stage.LOAD.name())) {
                    continue;
                }
                samples.computeIfAbsent(e.getKey(), k -> new double[runs.size()])[i] = e.getValue();
                sum += e.getValue();
            }
            between[i] = Math.max(0, runs.get(i).getOrDefault(WALL, sum) - sum);
        }
        Map<String, Stats> out = new LinkedHashMap<>();
        samples.forEach((stage, ms) -> out.put("pipeline stage " + stage, Stats.ofMillis(ms)));
        if (!runs.isEmpty()) {
            out.put("pipeline stage (between stages)", Stats.ofMillis(between));
        }
        return out;
    }

    @Override
    public Integer call() throws Exception {
        boolean json = switch (format) {
            case "table" -> false;
            case "json" -> true;
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (expected table or json)");
        };
        int engineThreads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        var err = spec.commandLine().getErr();
        err.printf("generating %,d symbols x %d bars ...%n", symbols, bars);
        Market market = MarketSample.fullHistories(new SimulatedMarket(new SimulationSpec(seed, symbols, bars,
                SimulationSpec.DEFAULT_END)).load(), bars);

        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "technic-bench");
            t.setDaemon(true);
            return t;
        });
        try (Scanner scanner = Engine.scanner()) {
            FeatureEngine features = scanner.features();
            BarColumns b = market.bars();
            int n = b.symbolCount();
            int[] from = new int[n];
            int[] at = new int[n];
            for (int s = 0; s < n; s++) {
                from[s] = b.start(s);
                at[s] = b.end(s) - 1;
            }
            double[] matrix = new double[n * features.schema().size()];
            Workload indicators = Workload.ofDouble(() -> {
                FeatureStage.compute(features, b, from, at, n, market.index(), engineThreads, pool, matrix);
                return matrix[matrix.length - 1];
            });
            // Scoring alone: TechRating per row, then the cross-sectional MERIT stage, on the rows above.
            FeatureStage.compute(features, b, from, at, n, market.index(), engineThreads, pool, matrix);
            TechRating tech = new TechRating();
            Merit merit = new Merit();
            int nScores = tech.names().size();
            double[] rowScores = new double[n * nScores];
            Regime regime = RegimeClassifier.classify(market.index(), market.lastDate());
            Workload scoring = Workload.ofDouble(() -> {
                double[] one = new double[nScores];
                for (int i = 0; i < n; i++) {
                    tech.score(matrix, i * features.schema().size(), features.schema(), Profile.BALANCED, one);
                    System.arraycopy(one, 0, rowScores, i * nScores, nScores);
                }
                var out = merit.score(new UniverseScorer.Input(features.schema(), matrix, n, tech.names(), rowScores,
                        market.symbols(), regime, Profile.BALANCED));
                return out.scores()[0];
            });
            // The ML stage: every alpha model forecasts the whole universe in one inplace_predict batch each.
            var models = scanner.models();
            Workload alpha = Workload.ofDouble(() -> {
                double sum = 0;
                for (var m : models) {
                    sum += m.predict(features.schema(), matrix, n)[n - 1];
                }
                return sum;
            });
            ScanRequest request = new ScanRequest(market.source(), UniverseFilter.none(), null, 0,
                    Profile.BALANCED, 0, engineThreads);
            // each run's stage times (the scan's own metrics) and its wall time; the last `iterations` are the timed runs
            List<Map<String, Double>> stageRuns = new ArrayList<>();
            Workload pipeline = Workload.ofDouble(() -> {
                long t0 = System.nanoTime();
                ScanResult r = scanner.submit(request, market, null).result().join();
                Map<String, Double> stages = new LinkedHashMap<>(r.metrics().stageMillis());
                stages.put(WALL, (System.nanoTime() - t0) / 1e6);
                stageRuns.add(stages);
                return r.rows().get(0).score();
            });
            // the engine takes its vector recurrences once they are compiled and measure faster (ScanRecurrencesBatch)
            long warm = System.nanoTime();
            boolean vector = ScanRecurrencesBatch.warmUp(120_000_000_000L);
            err.printf("recurrences: %s path (%,d ms of warm-up)%n", vector ? "vector" : "scalar",
                    (System.nanoTime() - warm) / 1_000_000);
            BenchSuite.Config config = BenchSuite.Config.defaults()
                    .withIterations(5, iterations)
                    .withSlowIterations(1, anchorIterations)
                    .withTa4j(!noTa4j)
                    .withTa4jSample(ta4jEvery, false);
            BenchSuite suite = new BenchSuite(market, config);
            if (!models.isEmpty()) {
                suite.add("engine ML stage (" + models.size() + " models)", alpha);
            }
            BenchReport measured = suite
                    .engineIndicators(indicators)
                    .enginePipeline(pipeline)
                    .add("engine scoring", scoring)
                    .minWarmup(minWarmupMillis)
                    .engineThreads(engineThreads)
                    .onProgress(err::println)
                    .run();
            BenchReport report = measured.withOther(pipelineStages(stageRuns.subList(Math.max(0, stageRuns.size() - iterations),
                    stageRuns.size())));
            var o = spec.commandLine().getOut();
            o.print(json ? report.toJson() + System.lineSeparator() : report.toTable());
            o.flush();
            if (out != null) {
                AtomicFile.writeText(out, w -> w.write(report.toJson()));
            }
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }
}
