package io.technic.scanner.feature;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.FeatureSchema;

/**
 * Computes one symbol's feature row at a given bar from that symbol's bars only (shard-local:
 * the same inputs give the same row wherever it runs). Implementations are thread-safe;
 * per-thread working memory comes from {@link #newWorkspace(int)}.
 */
public interface FeatureEngine {

    /** The columns this engine fills, in order. */
    FeatureSchema schema();

    /** Bars of history needed before every required feature is defined (the longest warm-up + 1). */
    int minBars();

    /** Whether column {@code col} may legitimately be NaN (e.g. needs an index the source lacks). */
    boolean isOptional(int col);

    /** Working memory for one thread, able to handle series of up to {@code maxBars} bars. */
    Workspace newWorkspace(int maxBars);

    /**
     * Fills {@code row[rowOffset, rowOffset + schema().size())} with the features at flat index
     * {@code at}, using only the bars {@code [from, at]} of {@code bars} (never a later bar).
     *
     * @param index the benchmark index as a one-symbol block, or {@code null}
     * @throws IllegalArgumentException if {@code at - from + 1 < minBars()}
     */
    void computeRow(BarColumns bars, int from, int at, BarColumns index, Workspace ws, double[] row, int rowOffset);

    /**
     * Fills rows {@code [a, b)}: row {@code i} as {@code computeRow(bars, from[i], at[i], index, ws,
     * matrix, i * cols)} would, bit for bit. An engine may override this to share work across the
     * rows (e.g. SIMD across symbols); the default calls {@link #computeRow} row by row.
     *
     * @param cols {@code schema().size()}
     */
    default void computeRows(BarColumns bars, int[] from, int[] at, int a, int b, BarColumns index, Workspace ws,
                             double[] matrix, int cols) {
        for (int i = a; i < b; i++) {
            computeRow(bars, from[i], at[i], index, ws, matrix, i * cols);
        }
    }

    /** Opaque per-thread scratch memory. Not thread-safe. */
    interface Workspace {
        /** Largest series this workspace can take. */
        int capacity();
    }
}
