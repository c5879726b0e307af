package io.technic.scanner.exec;

import io.technic.scanner.feature.FeatureEngine;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.Profile;
import io.technic.scanner.score.Scorer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A controllable feature engine for pipeline tests: the close, the mean of the window, and
 * the 20-bar return; optionally slow, to test cancellation.
 */
final class CloseFeatures implements FeatureEngine {

    static final FeatureSchema SCHEMA = new FeatureSchema(List.of("close", "mean", "ret20"));
    final AtomicInteger rows = new AtomicInteger();
    private final int minBars;
    private final long sleepMicrosPerRow;

    CloseFeatures(int minBars, long sleepMicrosPerRow) {
        this.minBars = minBars;
        this.sleepMicrosPerRow = sleepMicrosPerRow;
    }

    @Override
    public FeatureSchema schema() {
        return SCHEMA;
    }

    @Override
    public int minBars() {
        return minBars;
    }

    @Override
    public boolean isOptional(int col) {
        return false;
    }

    @Override
    public Workspace newWorkspace(int maxBars) {
        return () -> maxBars;
    }

    @Override
    public void computeRow(BarColumns bars, int from, int at, BarColumns index, Workspace ws, double[] row, int o) {
        if (sleepMicrosPerRow > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(sleepMicrosPerRow * 1000);
        }
        double[] c = bars.close();
        double sum = 0;
        for (int i = from; i <= at; i++) {
            sum += c[i];
        }
        row[o] = c[at];
        row[o + 1] = sum / (at - from + 1);
        row[o + 2] = c[at] / c[at - 20] - 1;
        rows.incrementAndGet();
    }

    /** Scores by the 20-bar return, mapped to 0–100. */
    static final class ReturnScorer implements Scorer {
        @Override
        public List<String> names() {
            return List.of("score");
        }

        @Override
        public void score(double[] row, int o, FeatureSchema schema, Profile p, double[] out) {
            out[0] = 100 / (1 + Math.exp(-10 * row[o + 2]));
        }
    }
}
