package io.technic.app.bench;

import io.technic.scanner.model.Market;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs the engine's workloads (plugged in by the caller) and the TA-Lib and ta4j anchors over
 * one market in this JVM, and reports timings and ratios.
 *
 * <pre>{@code
 * BenchReport report = new BenchSuite(market, BenchSuite.Config.defaults().withThreads(2))
 *         .engineIndicators(() -> engine.indicatorsChecksum(market))
 *         .enginePipeline(Workload.of(() -> engine.scan(market)))
 *         .onProgress(out::println)
 *         .run();
 * out.print(report.toTable());
 * Files.writeString(path, report.toJson());
 * }</pre>
 *
 * <p>Anchors run with the same thread count as the engine workloads are expected to use.
 * ta4j holds every bar as objects: give the JVM about 0.5 GB of heap per million bars. Not
 * thread-safe; {@link #run()} blocks until done.
 */
public final class BenchSuite {

    /**
     * How much to measure.
     *
     * @param warmups        untimed runs before sampling, engine and TA-Lib
     * @param iterations     timed samples, engine and TA-Lib
     * @param slowWarmups    untimed runs before sampling, ta4j (about 60x slower)
     * @param slowIterations timed samples, ta4j
     * @param threads        worker threads for each anchor
     * @param ta4j           whether to run the ta4j anchor
     * @param taLibLastBar   whether to run the TA-Lib last-bar-only reference
     */
    public record Config(int warmups, int iterations, int slowWarmups, int slowIterations,
                         int threads, boolean ta4j, boolean taLibLastBar, int ta4jSampleEvery,
                         boolean ta4jParabolicSar) {

        /**
         * @throws IllegalArgumentException if a count is negative, an iteration count or
         *                                  {@code threads} is below 1
         */
        public Config {
            if (warmups < 0 || slowWarmups < 0 || iterations < 1 || slowIterations < 1 || threads < 1
                    || ta4jSampleEvery < 1) {
                throw new IllegalArgumentException("bad bench config: " + warmups + "/" + iterations
                        + " slow " + slowWarmups + "/" + slowIterations + ", threads " + threads);
            }
        }

        /** 5 warm-ups and 15 samples; ta4j 1 warm-up and 3 samples; 1 thread; everything on. */
        public static Config defaults() {
            return new Config(5, 15, 1, 3, 1, true, true, 1, true);
        }

        public Config withThreads(int n) {
            return new Config(warmups, iterations, slowWarmups, slowIterations, n, ta4j, taLibLastBar, ta4jSampleEvery, ta4jParabolicSar);
        }

        public Config withIterations(int warm, int timed) {
            return new Config(warm, timed, slowWarmups, slowIterations, threads, ta4j, taLibLastBar, ta4jSampleEvery, ta4jParabolicSar);
        }

        public Config withSlowIterations(int warm, int timed) {
            return new Config(warmups, iterations, warm, timed, threads, ta4j, taLibLastBar, ta4jSampleEvery, ta4jParabolicSar);
        }

        public Config withTa4j(boolean on) {
            return new Config(warmups, iterations, slowWarmups, slowIterations, threads, on, taLibLastBar, ta4jSampleEvery, ta4jParabolicSar);
        }

        /**
         * ta4j on every {@code every}-th symbol only, its times scaled to the whole universe
         * (each symbol's cost is independent of the others); without its quadratic Parabolic SAR
         * unless {@code parabolicSar}.
         */
        public Config withTa4jSample(int every, boolean parabolicSar) {
            return new Config(warmups, iterations, slowWarmups, slowIterations, threads, ta4j, taLibLastBar,
                    every, parabolicSar);
        }

        public Config withTaLibLastBar(boolean on) {
            return new Config(warmups, iterations, slowWarmups, slowIterations, threads, ta4j, on, ta4jSampleEvery, ta4jParabolicSar);
        }
    }

    private final Market market;
    private final Config config;
    private Workload engineIndicators;
    private Workload enginePipeline;
    private final Map<String, Workload> other = new LinkedHashMap<>();
    private Consumer<String> progress = s -> { };
    private long minWarmupMillis;
    private int engineThreads;

    public BenchSuite(Market market, Config config) {
        this.market = Objects.requireNonNull(market, "market");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The engine's indicator stage over the whole market (the denominator of the speed-ups). */
    public BenchSuite engineIndicators(Workload w) {
        this.engineIndicators = Objects.requireNonNull(w, "w");
        return this;
    }

    /** The engine's whole pipeline over the market (reported as {@code pipelineMedianMs}). */
    public BenchSuite enginePipeline(Workload w) {
        this.enginePipeline = Objects.requireNonNull(w, "w");
        return this;
    }

    /** Any further workload, reported under {@code other} by name. */
    public BenchSuite add(String name, Workload w) {
        other.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(w, "w"));
        return this;
    }

    /**
     * Engine workloads keep warming up for at least this long (after their warm-up runs), so that
     * code run once per workload — a scan's ranking stage — is compiled before it is timed.
     */
    public BenchSuite minWarmup(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("minimum warm-up must be >= 0 ms: " + millis);
        }
        this.minWarmupMillis = millis;
        return this;
    }

    /** Records how many threads the caller gave the engine's workloads (reported, not enforced). */
    public BenchSuite engineThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("engine threads must be >= 1: " + threads);
        }
        this.engineThreads = threads;
        return this;
    }

    /** Receives one line before each measurement (e.g. to print progress). */
    public BenchSuite onProgress(Consumer<String> listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Measures everything and returns the report. */
    public BenchReport run() {
        BenchHarness fast = new BenchHarness(config.warmups(), config.iterations(), minWarmupMillis);
        BenchHarness slow = new BenchHarness(config.slowWarmups(), config.slowIterations());
        Stats engine = engineIndicators == null ? null : measure(fast, "engine indicators", engineIndicators);
        Stats pipeline = enginePipeline == null ? null : measure(fast, "engine pipeline", enginePipeline);
        Map<String, Stats> others = new LinkedHashMap<>();
        other.forEach((name, w) -> others.put(name, measure(fast, name, w)));

        Stats taLib;
        try (TaLibAnchor a = new TaLibAnchor(market, TaLibAnchor.Mode.FULL_SERIES, config.threads())) {
            taLib = measure(slow, "TA-Lib full series", a.workload());
        }
        Stats taLibLast = null;
        if (config.taLibLastBar()) {
            try (TaLibAnchor a = new TaLibAnchor(market, TaLibAnchor.Mode.LAST_BAR, config.threads())) {
                taLibLast = measure(slow, "TA-Lib last bar", a.workload());
            }
        }
        Stats ta4j = null;
        Stats ta4jBuild = null;
        int ta4jSymbols = 0;
        if (config.ta4j()) {
            Market sample = MarketSample.everyNth(market, config.ta4jSampleEvery());
            double scale = (double) market.bars().barCount() / sample.bars().barCount();
            ta4jSymbols = sample.size();
            try (Ta4jAnchor a = new Ta4jAnchor(sample, config.threads(), config.ta4jParabolicSar())) {
                ta4jBuild = measure(slow, "ta4j build BarSeries", a.buildWorkload()).scaled(scale);
                ta4j = measure(slow, "ta4j compute", a.computeWorkload()).scaled(scale);
                a.releaseSeries();
            }
        }
        System.gc();
        return BenchReport.of(market.source(), market.size(), market.bars().barCount(), engineThreads, config.threads(),
                config.warmups(), config.iterations(), taLib, taLibLast, ta4j, ta4jBuild, engine, pipeline,
                others, ta4jSymbols, config.ta4jParabolicSar(), SystemInfo.current());
    }

    private Stats measure(BenchHarness h, String name, Workload w) {
        progress.accept("measuring " + name + " (" + h.warmups() + " warm-up, " + h.iterations() + " timed)");
        // start each measurement from a collected heap so one workload's garbage is not billed to the next
        System.gc();
        return h.measure(w);
    }
}
