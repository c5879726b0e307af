package io.technic.app.bench;

import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * One timed unit of work, e.g. "the indicator set over the whole universe". It returns a
 * checksum of what it computed; the harness folds it into a sink so the JIT cannot prove the
 * work dead. Implementations may be run many times in a row; they need not be thread-safe
 * (the harness runs one at a time).
 */
@FunctionalInterface
public interface Workload {

    /** Does the work once and returns a value derived from its results. */
    double run();

    /** Wraps a {@code Runnable}; its effects must be observable elsewhere (its own sink). */
    static Workload of(Runnable r) {
        Objects.requireNonNull(r, "r");
        return () -> {
            r.run();
            return 0;
        };
    }

    /** Wraps a {@code Supplier}; the result's identity hash serves as checksum. */
    static Workload ofSupplier(Supplier<?> s) {
        Objects.requireNonNull(s, "s");
        return () -> System.identityHashCode(s.get());
    }

    /** Wraps a {@code DoubleSupplier} whose value is the checksum. */
    static Workload ofDouble(DoubleSupplier s) {
        Objects.requireNonNull(s, "s");
        return s::getAsDouble;
    }
}
