package io.technic.scanner.data.store;

import io.technic.scanner.model.BarColumns;
import java.util.Arrays;

/**
 * The bars an append writes, gathered as ranges of the market's columns and copied into one
 * segment's columns with bulk array copies (no per-bar calls, no growing buffers).
 */
final class NewBars {

    private BarColumns[] from = new BarColumns[64];
    private int[] start = new int[64];
    private int[] count = new int[64];
    private int[] ids = new int[64];
    private int ranges;
    private long bars;

    /**
     * Takes symbol {@code s}'s bars of {@code in} after epoch day {@code lastDay}
     * ({@link Integer#MIN_VALUE}: all) for store id {@code id}; returns how many.
     */
    int take(BarColumns in, int s, int lastDay, int id) {
        int first = lastDay == Integer.MIN_VALUE ? in.start(s) : in.lastIndexOnOrBefore(s, lastDay) + 1;
        first = Math.max(first, in.start(s));
        int n = in.end(s) - first;
        if (n <= 0) {
            return 0;
        }
        if (ranges == ids.length) {
            int cap = ranges * 2;
            from = Arrays.copyOf(from, cap);
            start = Arrays.copyOf(start, cap);
            count = Arrays.copyOf(count, cap);
            ids = Arrays.copyOf(ids, cap);
        }
        from[ranges] = in;
        start[ranges] = first;
        count[ranges] = n;
        ids[ranges] = id;
        ranges++;
        bars += n;
        return n;
    }

    long bars() {
        return bars;
    }

    /** The gathered bars as one segment's columns, in the order they were taken. */
    Segment.Columns columns() {
        int n = Math.toIntExact(bars);
        int[] offsets = new int[ranges + 1];
        int[] day = new int[n];
        double[][] cols = new double[5][n];
        int at = 0;
        for (int r = 0; r < ranges; r++) {
            BarColumns b = from[r];
            int s = start[r];
            int k = count[r];
            System.arraycopy(b.day(), s, day, at, k);
            System.arraycopy(b.open(), s, cols[0], at, k);
            System.arraycopy(b.high(), s, cols[1], at, k);
            System.arraycopy(b.low(), s, cols[2], at, k);
            System.arraycopy(b.close(), s, cols[3], at, k);
            System.arraycopy(b.volume(), s, cols[4], at, k);
            at += k;
            offsets[r + 1] = at;
        }
        return new Segment.Columns(Arrays.copyOf(ids, ranges), offsets, day, cols[0], cols[1], cols[2], cols[3], cols[4]);
    }
}
