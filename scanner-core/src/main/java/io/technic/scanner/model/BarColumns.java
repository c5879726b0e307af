package io.technic.scanner.model;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Daily bars of a block of symbols in structure-of-arrays form: one contiguous primitive
 * array per field, symbol-major. Symbol {@code s} owns the index range
 * {@code [start(s), end(s))} of every array, its bars in ascending date order.
 *
 * <p>Kernels work directly on these flat arrays with a {@code [from, to)} range, so no
 * per-symbol copies are made on hot paths. Instances are immutable: the arrays returned by
 * the accessors must not be written to. Thread-safe.
 */
public final class BarColumns {

    private final int[] offsets;   // length symbols + 1
    private final int[] day;       // epoch day (LocalDate.toEpochDay)
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    /**
     * Wraps arrays without copying; the caller hands over ownership.
     *
     * @throws IllegalArgumentException if the lengths disagree or offsets are not ascending
     */
    public BarColumns(int[] offsets, int[] day, double[] open, double[] high, double[] low,
                      double[] close, double[] volume) {
        int n = offsets[offsets.length - 1];
        if (offsets[0] != 0 || day.length < n || open.length < n || high.length < n
                || low.length < n || close.length < n || volume.length < n) {
            throw new IllegalArgumentException("column lengths do not match offsets (bars=" + n + ")");
        }
        for (int i = 1; i < offsets.length; i++) {
            if (offsets[i] < offsets[i - 1]) {
                throw new IllegalArgumentException("offsets not ascending at symbol " + (i - 1));
            }
        }
        this.offsets = offsets;
        this.day = day;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** Number of symbols in this block. */
    public int symbolCount() {
        return offsets.length - 1;
    }

    /** Total number of bars over all symbols. */
    public int barCount() {
        return offsets[offsets.length - 1];
    }

    /** First array index of symbol {@code s}. */
    public int start(int s) {
        return offsets[s];
    }

    /** One past the last array index of symbol {@code s}. */
    public int end(int s) {
        return offsets[s + 1];
    }

    /** Number of bars of symbol {@code s}. */
    public int length(int s) {
        return offsets[s + 1] - offsets[s];
    }

    /** Epoch days, ascending within each symbol. Do not modify. */
    public int[] day() {
        return day;
    }

    public double[] open() {
        return open;
    }

    public double[] high() {
        return high;
    }

    public double[] low() {
        return low;
    }

    public double[] close() {
        return close;
    }

    public double[] volume() {
        return volume;
    }

    /** Date of the bar at flat index {@code i}. */
    public LocalDate date(int i) {
        return LocalDate.ofEpochDay(day[i]);
    }

    /**
     * Flat index of the last bar of symbol {@code s} dated on or before {@code epochDay},
     * or {@code start(s) - 1} when every bar is later. Binary search.
     */
    public int lastIndexOnOrBefore(int s, int epochDay) {
        int lo = offsets[s];
        int hi = offsets[s + 1] - 1;
        int found = lo - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] <= epochDay) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Copies one symbol's bars into a block of its own (for tests and single-symbol views). */
    public BarColumns slice(int s) {
        int a = offsets[s];
        int b = offsets[s + 1];
        return new BarColumns(new int[] {0, b - a}, Arrays.copyOfRange(day, a, b),
                Arrays.copyOfRange(open, a, b), Arrays.copyOfRange(high, a, b),
                Arrays.copyOfRange(low, a, b), Arrays.copyOfRange(close, a, b),
                Arrays.copyOfRange(volume, a, b));
    }

    /**
     * Appends symbols' bars one after another into growing primitive arrays. Not thread-safe.
     */
    public static final class Builder {
        private int[] offsets = new int[17];
        private int symbols;
        private int size;
        private int[] day;
        private double[] open;
        private double[] high;
        private double[] low;
        private double[] close;
        private double[] volume;

        /** @param expectedBars capacity hint for the total number of bars */
        public Builder(int expectedBars) {
            int cap = Math.max(16, expectedBars);
            day = new int[cap];
            open = new double[cap];
            high = new double[cap];
            low = new double[cap];
            close = new double[cap];
            volume = new double[cap];
        }

        /** Appends one bar to the symbol currently being built. */
        public Builder add(int epochDay, double o, double h, double l, double c, double v) {
            if (size == day.length) {
                grow();
            }
            day[size] = epochDay;
            open[size] = o;
            high[size] = h;
            low[size] = l;
            close[size] = c;
            volume[size] = v;
            size++;
            return this;
        }

        /** Closes the current symbol: the bars added since the last call belong to it. */
        public Builder endSymbol() {
            if (symbols + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[++symbols] = size;
            return this;
        }

        /** Bars added to the symbol currently being built. */
        public int pendingBars() {
            return size - offsets[symbols];
        }

        public int symbolCount() {
            return symbols;
        }

        public BarColumns build() {
            if (pendingBars() != 0) {
                throw new IllegalStateException("endSymbol() not called for the last symbol");
            }
            return new BarColumns(Arrays.copyOf(offsets, symbols + 1), Arrays.copyOf(day, size),
                    Arrays.copyOf(open, size), Arrays.copyOf(high, size), Arrays.copyOf(low, size),
                    Arrays.copyOf(close, size), Arrays.copyOf(volume, size));
        }

        private void grow() {
            int cap = day.length * 2;
            day = Arrays.copyOf(day, cap);
            open = Arrays.copyOf(open, cap);
            high = Arrays.copyOf(high, cap);
            low = Arrays.copyOf(low, cap);
            close = Arrays.copyOf(close, cap);
            volume = Arrays.copyOf(volume, cap);
        }
    }
}
