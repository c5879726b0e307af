package io.technic.scanner.indicator;

/**
 * Indices of a sliding window kept in monotonic order of their values, so the window's
 * maximum (or minimum) is always at the front: O(1) amortised per bar. On ties the most recent
 * index wins (as in TA-Lib AROON). Holds one {@code int[capacity]} ring; not thread-safe, one
 * instance per kernel call.
 */
final class MonotonicDeque {

    private final int[] ring;
    private final boolean max;
    private int head;
    private int size;

    /**
     * @param capacity the window length in bars (the most indices ever held at once)
     * @param max      {@code true} to track the maximum, {@code false} the minimum
     */
    MonotonicDeque(int capacity, boolean max) {
        this.ring = new int[capacity];
        this.max = max;
    }

    /** Drops indices below {@code first}, the oldest index still in the window. */
    void dropBefore(int first) {
        while (size > 0 && ring[head] < first) {
            head = head + 1 == ring.length ? 0 : head + 1;
            size--;
        }
    }

    /**
     * Adds index {@code i} of {@code values}, removing older indices it ties or beats. Call
     * {@link #dropBefore} first so the window has room.
     */
    void push(double[] values, int i) {
        double v = values[i];
        while (size > 0) {
            int back = head + size - 1;
            if (back >= ring.length) {
                back -= ring.length;
            }
            double b = values[ring[back]];
            if (max ? b <= v : b >= v) {
                size--;
            } else {
                break;
            }
        }
        int slot = head + size;
        if (slot >= ring.length) {
            slot -= ring.length;
        }
        ring[slot] = i;
        size++;
    }

    /** Index of the window's extreme; the deque must not be empty. */
    int front() {
        return ring[head];
    }
}
