package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScanRecurrencesBatchTest {

    /** The vector path without waiting for the measurement to choose it (see ScanRecurrencesBatch). */
    @BeforeEach
    void takeTheVectorPath() {
        ScanRecurrencesBatch.choosePath(true);
    }

    @AfterEach
    void forgetTheChoice() {
        ScanRecurrencesBatch.choosePath(false);
    }

    @Test
    void theVectorPathRunsUnderTheBuild() {
        // surefire passes --add-modules jdk.incubator.vector; without it this suite would only test the fallback
        assertThat(ScanRecurrencesBatch.vectorised()).isTrue();
        assertThat(ScanRecurrencesBatch.lanes()).isGreaterThanOrEqualTo(2);
    }

    /** Every real symbol's whole history, in the order given: mostly unequal lengths. */
    @Test
    void wholeHistoriesMatchTheScalarPassBitForBit() {
        BarColumns b = RealData.stocks().bars();
        int n = b.symbolCount();
        int[] from = new int[n];
        int[] to = new int[n];
        for (int s = 0; s < n; s++) {
            from[s] = b.start(s);
            to[s] = b.end(s);
        }
        assertBitIdentical(b, from, to, 0, n);
    }

    /**
     * Equal-length windows (the vector groups) mixed with other lengths, too-short ranges and a
     * universe size not divisible by the lane count, in chunks as the feature stage runs them.
     */
    @Test
    void equalLengthGroupsAndLeftoversMatchBitForBit() {
        BarColumns b = RealData.stocks().bars();
        SplittableRandom rnd = new SplittableRandom(7);
        List<int[]> ranges = new ArrayList<>();
        int[] lengths = {ScanRecurrences.lookback() + 1, ScanRecurrences.lookback() + 21, 60, 253, 500};
        for (int s = 0; s < b.symbolCount(); s++) {
            int len = b.length(s);
            for (int want : lengths) {
                if (len >= want) {
                    int start = b.start(s) + rnd.nextInt(len - want + 1);
                    ranges.add(new int[] {start, start + want});
                }
            }
            if (len > 40) {
                int start = b.start(s) + rnd.nextInt(len - 40);
                ranges.add(new int[] {start, start + 1 + rnd.nextInt(b.end(s) - start - 1)});
            }
            ranges.add(new int[] {b.start(s), b.start(s) + Math.min(len, ScanRecurrences.lookback())});
        }
        // shuffle, then drop one so the count is odd (not a multiple of any lane count)
        for (int i = ranges.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int[] t = ranges.get(i);
            ranges.set(i, ranges.get(j));
            ranges.set(j, t);
        }
        if (ranges.size() % 2 == 0) {
            ranges.removeLast();
        }
        int count = ranges.size();
        int[] from = new int[count + 3];
        int[] to = new int[count + 3];
        for (int i = 0; i < count; i++) {
            from[i + 3] = ranges.get(i)[0];
            to[i + 3] = ranges.get(i)[1];
        }
        assertBitIdentical(b, from, to, 3, count);
        for (int chunk : new int[] {32, 7}) {
            for (int a = 3; a < count + 3; a += chunk) {
                assertBitIdentical(b, from, to, a, Math.min(chunk, count + 3 - a));
            }
        }
    }

    @Test
    void untilTheVectorPathIsChosenTheScalarPathRunsWithTheSameBits() {
        ScanRecurrencesBatch.choosePath(false);
        assertThat(ScanRecurrencesBatch.vectorChosen()).isFalse();
        BarColumns b = RealData.stocks().bars();
        int n = b.symbolCount();
        int[] from = new int[n];
        int[] to = new int[n];
        for (int s = 0; s < n; s++) {
            from[s] = b.start(s);
            to[s] = b.end(s);
        }
        assertBitIdentical(b, from, to, 0, n);
    }

    private static void assertBitIdentical(BarColumns b, int[] from, int[] to, int first, int count) {
        int w = ScanRecurrences.OUTPUTS;
        double[] out = new double[count * w];
        ScanRecurrencesBatch.compute(b.high(), b.low(), b.close(), b.volume(), from, to, first, count, out,
                new ScanRecurrencesBatch.Scratch());
        double[] ref = new double[w];
        for (int k = 0; k < count; k++) {
            ScanRecurrences.compute(b.high(), b.low(), b.close(), b.volume(), from[first + k], to[first + k], ref);
            for (int o = 0; o < w; o++) {
                long expected = Double.doubleToLongBits(ref[o]);
                long actual = Double.doubleToLongBits(out[k * w + o]);
                if (expected != actual) {
                    throw new AssertionError("range [" + from[first + k] + ", " + to[first + k] + ") output " + o
                            + ": scalar " + ref[o] + ", batch " + out[k * w + o]);
                }
            }
        }
    }
}
