package io.technic.scanner.exec;

import io.technic.scanner.feature.FeatureEngine;
import io.technic.scanner.model.BarColumns;
import java.util.concurrent.ExecutorService;

/**
 * The INDICATORS stage on its own: feature rows for many symbols in parallel, each row a pure
 * function of its symbol's bars, so the matrix is bit-identical for any thread count. Scans
 * use it; so do benchmarks and (later) the ML dataset builder, so every consumer gets the same
 * feature code path.
 */
public final class FeatureStage {

    private FeatureStage() {}

    /**
     * Computes {@code count} rows: row {@code i} from bars {@code [from[i], at[i]]}, written to
     * {@code matrix[i * cols, (i + 1) * cols)}.
     *
     * @param threads worker threads, the caller's included (>= 1)
     * @param pool    runs the extra workers
     * @return {@code matrix}
     */
    public static double[] compute(FeatureEngine engine, BarColumns bars, int[] from, int[] at, int count,
                                   BarColumns index, int threads, ExecutorService pool, double[] matrix) {
        return compute(engine, bars, from, at, count, index, threads, pool, matrix, new ProgressTracker(p -> { }));
    }

    static double[] compute(FeatureEngine engine, BarColumns bars, int[] from, int[] at, int count,
                            BarColumns index, int threads, ExecutorService pool, double[] matrix,
                            ProgressTracker tracker) {
        int cols = engine.schema().size();
        int maxBars = 0;
        for (int i = 0; i < count; i++) {
            maxBars = Math.max(maxBars, at[i] - from[i] + 1);
        }
        int wsBars = maxBars;
        FeatureEngine.Workspace[] ws = new FeatureEngine.Workspace[Math.max(1, threads)];
        ParallelLoop.run(pool, threads, count, LocalScanExecutor.CHUNK, tracker, (w, a, b) -> {
            if (ws[w] == null) {
                ws[w] = engine.newWorkspace(wsBars);
            }
            engine.computeRows(bars, from, at, a, b, index, ws[w], matrix, cols);
        });
        return matrix;
    }
}
