package io.technic.scanner.feature;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.indicator.ScanRecurrencesBatch;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feature stage's batched rows (recurrences SIMD across symbols) once the engine has warmed
 * and chosen its vector code, against the row-by-row pass, bit for bit, on the real data.
 */
class BatchedRowsTest {

    @org.junit.jupiter.api.AfterEach
    void measureAgain() {
        ScanRecurrencesBatch.choosePath(false);
    }


    @Test
    void onTheVectorPathBatchedRowsMatchRowByRowBitForBit() {
        // the warm-up runs for real (its timing-based choice is PathChoiceTest's subject: on a
        // loaded machine it may not choose in time), then the vector path is taken for sure
        ScanRecurrencesBatch.warmUp(30_000_000_000L);
        ScanRecurrencesBatch.choosePath(true);
        assertThat(ScanRecurrencesBatch.vectorChosen()).isTrue();
        TechnicalFeatures f = new TechnicalFeatures();
        BarColumns b = RealData.stocks().bars();
        BarColumns index = RealData.index().bars();
        List<int[]> rows = new ArrayList<>();
        for (int s = 0; s < b.symbolCount(); s++) {
            for (int back : new int[] {0, 1, 5}) {
                int at = b.end(s) - 1 - back;
                int from = Math.max(b.start(s), at - 755);
                if (at - from + 1 >= f.minBars()) {
                    rows.add(new int[] {from, at});
                }
            }
        }
        int n = rows.size();
        int[] from = new int[n];
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = rows.get(i)[0];
            at[i] = rows.get(i)[1];
        }
        int cols = f.schema().size();
        double[] batched = new double[n * cols];
        double[] single = new double[n * cols];
        var ws = f.newWorkspace(756);
        for (int a = 0; a < n; a += 64) {
            f.computeRows(b, from, at, a, Math.min(n, a + 64), index, ws, batched, cols);
        }
        for (int i = 0; i < n; i++) {
            f.computeRow(b, from[i], at[i], index, ws, single, i * cols);
        }
        assertThat(n).isGreaterThan(30);
        ScanRecurrencesBatch.choosePath(false);
        for (int i = 0; i < n * cols; i++) {
            if (Double.doubleToLongBits(batched[i]) != Double.doubleToLongBits(single[i])) {
                throw new AssertionError("row " + i / cols + " " + Features.ALL.get(i % cols) + ": batched "
                        + batched[i] + ", row by row " + single[i]);
            }
        }
    }
}
