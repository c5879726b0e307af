package io.technic.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Result of one {@code technic bench} run: timings of the engine and of the anchors over the
 * same universe in the same JVM, and the ratios between them. Timings are per whole universe,
 * in milliseconds; a workload that was not run is {@code null}. Speed-ups are ratios of
 * medians ({@code anchor / engine}, above 1 means the engine is faster).
 *
 * @param source                         the market's source description
 * @param universeSymbols                symbols in the universe
 * @param barsPerSymbol                  mean bars per symbol, rounded
 * @param totalBars                      bars over all symbols
 * @param engineThreads                  worker threads given to the engine's workloads (0: not recorded)
 * @param anchorThreads                  worker threads given to TA-Lib and ta4j
 * @param warmups                        untimed runs before sampling (fast workloads)
 * @param iterations                     timed samples (fast workloads)
 * @param taLib                          TA-Lib, full series
 * @param taLibLastBar                   TA-Lib, windowed indicators last bar only
 * @param ta4j                           ta4j indicator construction and evaluation
 * @param ta4jBuildSeries                ta4j {@code BarSeries} construction, timed apart
 * @param engineIndicators               the engine's indicator stage, if supplied
 * @param enginePipeline                 the engine's whole per-symbol pipeline, if supplied
 * @param other                          further named workloads supplied by the caller
 * @param indicatorSpeedupVsTaLib        taLib / engineIndicators
 * @param indicatorSpeedupVsTaLibLastBar taLibLastBar / engineIndicators
 * @param indicatorSpeedupVsTa4j         ta4j / engineIndicators (series building excluded)
 * @param indicatorSpeedupVsTa4jWithBuild (ta4j + ta4jBuildSeries) / engineIndicators
 * @param pipelineMedianMs               median of {@code enginePipeline}
 * @param system                         JVM and machine
 */
public record BenchReport(String source, int universeSymbols, int barsPerSymbol, long totalBars,
                          int engineThreads, int anchorThreads, int warmups, int iterations,
                          Stats taLib, Stats taLibLastBar, Stats ta4j, Stats ta4jBuildSeries,
                          Stats engineIndicators, Stats enginePipeline, Map<String, Stats> other,
                          Double indicatorSpeedupVsTaLib, Double indicatorSpeedupVsTaLibLastBar,
                          Double indicatorSpeedupVsTa4j, Double indicatorSpeedupVsTa4jWithBuild,
                          Double pipelineMedianMs, int ta4jSampleSymbols, boolean ta4jParabolicSar,
                          SystemInfo system) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    public BenchReport {
        other = other == null ? Map.of() : Map.copyOf(other);
    }

    /** Fills in the ratios from the timings. */
    static BenchReport of(String source, int symbols, long totalBars, int engineThreads, int anchorThreads, int warmups,
                          int iterations, Stats taLib, Stats taLibLastBar, Stats ta4j,
                          Stats ta4jBuild, Stats engine, Stats pipeline, Map<String, Stats> other,
                          int ta4jSampleSymbols, boolean ta4jParabolicSar, SystemInfo system) {
        Stats ta4jWithBuild = ta4j == null || ta4jBuild == null ? null
                : new Stats(ta4j.medianMs() + ta4jBuild.medianMs(), Double.NaN, Double.NaN, 0);
        return new BenchReport(source, symbols,
                symbols == 0 ? 0 : (int) Math.round((double) totalBars / symbols), totalBars,
                engineThreads, anchorThreads, warmups, iterations, taLib, taLibLastBar, ta4j, ta4jBuild, engine, pipeline,
                other, Stats.speedup(taLib, engine), Stats.speedup(taLibLastBar, engine),
                Stats.speedup(ta4j, engine), Stats.speedup(ta4jWithBuild, engine),
                pipeline == null ? null : pipeline.medianMs(), ta4jSampleSymbols, ta4jParabolicSar, system);
    }

    /** This report with {@code extra} added to {@link #other()} (e.g. the pipeline's stages, timed inside it). */
    public BenchReport withOther(Map<String, Stats> extra) {
        Map<String, Stats> all = new java.util.LinkedHashMap<>(other);
        all.putAll(extra);
        return new BenchReport(source, universeSymbols, barsPerSymbol, totalBars, engineThreads, anchorThreads, warmups,
                iterations, taLib, taLibLastBar, ta4j, ta4jBuildSeries, engineIndicators, enginePipeline, all,
                indicatorSpeedupVsTaLib, indicatorSpeedupVsTaLibLastBar, indicatorSpeedupVsTa4j,
                indicatorSpeedupVsTa4jWithBuild, pipelineMedianMs, ta4jSampleSymbols, ta4jParabolicSar, system);
    }

    /** Pretty-printed JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain-text table: median, min–max, µs per symbol, and engine speed-up per row. */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "technic bench: %,d symbols x %d bars (%,d bars); engine %s thread(s), TA-Lib and ta4j %d thread(s);"
                        + " %d samples after %d warm-ups%n",
                universeSymbols, barsPerSymbol, totalBars, engineThreads == 0 ? "?" : String.valueOf(engineThreads),
                anchorThreads, iterations, warmups));
        sb.append(String.format(Locale.ROOT, "%-28s %12s %23s %14s %12s%n",
                "workload", "median ms", "min-max ms", "us/symbol", "engine x"));
        row(sb, "engine indicators", engineIndicators, null);
        row(sb, "engine pipeline", enginePipeline, null);
        row(sb, "TA-Lib full series", taLib, indicatorSpeedupVsTaLib);
        row(sb, "TA-Lib last bar only", taLibLastBar, indicatorSpeedupVsTaLibLastBar);
        row(sb, "ta4j compute", ta4j, indicatorSpeedupVsTa4j);
        row(sb, "ta4j build BarSeries", ta4jBuildSeries, null);
        if (ta4j != null && ta4jBuildSeries != null) {
            sb.append(String.format(Locale.ROOT, "%-28s %12.1f %23s %14s %12s%n", "ta4j build + compute",
                    ta4j.medianMs() + ta4jBuildSeries.medianMs(), "", "",
                    ratio(indicatorSpeedupVsTa4jWithBuild)));
        }
        other.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> row(sb, e.getKey(), e.getValue(), null));
        if (ta4j != null && (ta4jSampleSymbols < universeSymbols || !ta4jParabolicSar)) {
            sb.append(String.format(Locale.ROOT, "ta4j: measured on %,d of %,d symbols and scaled to the universe%s%n",
                    ta4jSampleSymbols, universeSymbols,
                    ta4jParabolicSar ? "" : "; without its ParabolicSarIndicator (quadratic: recomputes from bar 0"
                            + " at every index), so the ratio is conservative"));
        }
        sb.append(String.format(Locale.ROOT, "JVM %s (%s), %d processors, max heap %,d MiB, %s %s, CPU %s%n",
                system.javaVersion(), system.javaVm(), system.availableProcessors(), system.maxHeapMb(),
                system.osName(), system.osArch(), system.cpuModel()));
        return sb.toString();
    }

    private void row(StringBuilder sb, String name, Stats s, Double speedup) {
        if (s == null) {
            return;
        }
        double perSymbolUs = universeSymbols == 0 ? Double.NaN : s.medianMs() * 1000 / universeSymbols;
        sb.append(String.format(Locale.ROOT, "%-28s %12.1f %23s %14.2f %12s%n", name, s.medianMs(),
                String.format(Locale.ROOT, "%.1f-%.1f", s.minMs(), s.maxMs()), perSymbolUs, ratio(speedup)));
    }

    private static String ratio(Double r) {
        return r == null ? "" : String.format(Locale.ROOT, "%.1fx", r);
    }
}
