package io.technic.scanner.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A small circuit breaker: after {@code threshold} consecutive failures it opens and refuses
 * calls for {@code openFor}; then it lets one trial call through (half-open) and closes on its
 * success or opens again on its failure. Thread-safe; never blocks.
 */
public final class CircuitBreaker {

    /** Breaker states. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openNanos;
    private final LongSupplier clock;
    private int failures;
    private State state = State.CLOSED;
    private long openedAt;
    private boolean trialOut;
    private long opens;

    /**
     * @throws IllegalArgumentException if {@code threshold < 1} or {@code openFor} is not positive
     */
    public CircuitBreaker(int threshold, Duration openFor) {
        this(threshold, openFor, System::nanoTime);
    }

    /** With a clock in nanoseconds (tests). */
    public CircuitBreaker(int threshold, Duration openFor, LongSupplier nanoClock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be >= 1: " + threshold);
        }
        if (openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("openFor must be positive: " + openFor);
        }
        this.threshold = threshold;
        this.openNanos = openFor.toNanos();
        this.clock = nanoClock;
    }

    /** Whether a call may go ahead now; in half-open state only one trial call is let through. */
    public synchronized boolean allow() {
        if (state == State.CLOSED) {
            return true;
        }
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openNanos) {
            state = State.HALF_OPEN;
            trialOut = false;
        }
        if (state == State.HALF_OPEN && !trialOut) {
            trialOut = true;
            return true;
        }
        return false;
    }

    public synchronized void onSuccess() {
        failures = 0;
        state = State.CLOSED;
        trialOut = false;
    }

    public synchronized void onFailure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            if (state != State.OPEN) {
                opens++;
            }
            state = State.OPEN;
            openedAt = clock.getAsLong();
            trialOut = false;
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }

    /** How many times the breaker has opened. */
    public synchronized long opens() {
        return opens;
    }
}
