package io.technic.scanner.indicator;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one-window reductions of {@link WindowExtremes} with SIMD (the Vector API): the highest
 * or lowest of a range, {@link #LANES} values a step in two independent accumulators, then
 * across lanes. Lanewise {@code MAX}/{@code MIN} have {@link Math#max}/{@link Math#min}'s
 * semantics (NaN wins, {@code 0.0} above {@code -0.0}), which make the extreme of a multiset
 * independent of the order it is folded in, so the result is bit for bit the scalar fold's;
 * overlapping loads are harmless for the same reason. Loaded only when the
 * {@code jdk.incubator.vector} module is present (see {@link WindowExtremes}).
 */
final class VectorExtremes {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();

    private VectorExtremes() {}

    /** Highest of {@code v[from, to)}, NaN if any is; requires {@code to - from >= 2 * LANES}. */
    static double maxOf(double[] v, int from, int to) {
        final int lanes = LANES;
        DoubleVector a = DoubleVector.fromArray(SPECIES, v, from);
        DoubleVector b = DoubleVector.fromArray(SPECIES, v, to - lanes);
        int i = from + lanes;
        for (; i + 2 * lanes <= to; i += 2 * lanes) {
            a = a.max(DoubleVector.fromArray(SPECIES, v, i));
            b = b.max(DoubleVector.fromArray(SPECIES, v, i + lanes));
        }
        if (i + lanes <= to) {
            a = a.max(DoubleVector.fromArray(SPECIES, v, i));
        }
        return a.max(b).reduceLanes(VectorOperators.MAX);
    }

    /** Lowest of {@code v[from, to)}, NaN if any is; requires {@code to - from >= 2 * LANES}. */
    static double minOf(double[] v, int from, int to) {
        final int lanes = LANES;
        DoubleVector a = DoubleVector.fromArray(SPECIES, v, from);
        DoubleVector b = DoubleVector.fromArray(SPECIES, v, to - lanes);
        int i = from + lanes;
        for (; i + 2 * lanes <= to; i += 2 * lanes) {
            a = a.min(DoubleVector.fromArray(SPECIES, v, i));
            b = b.min(DoubleVector.fromArray(SPECIES, v, i + lanes));
        }
        if (i + lanes <= to) {
            a = a.min(DoubleVector.fromArray(SPECIES, v, i));
        }
        return a.min(b).reduceLanes(VectorOperators.MIN);
    }
}
