package io.technic.app.ui.fx;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one door to the FX thread. Services and engine callbacks run on worker threads; every
 * change to UI state goes through here, never through a bare {@code Platform.runLater}
 * elsewhere (an ArchUnit rule keeps it so).
 *
 * <p>{@link #coalescing} turns a high-rate stream (scan progress fires per symbol) into at most
 * one FX update per interval carrying the latest value, so a 6,000-symbol scan cannot flood the
 * FX queue.
 */
public final class FxGate {

    /** Default interval of coalesced updates: ~10 per second. */
    public static final long DEFAULT_INTERVAL_MS = 100;

    private FxGate() {}

    /** Runs {@code action} on the FX thread: now if already there, else queued. */
    public static void run(Runnable action) {
        Objects.requireNonNull(action, "action");
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Whether the caller is on the FX thread. */
    public static boolean onFxThread() {
        return Platform.isFxApplicationThread();
    }

    /**
     * A sink, callable from any thread, that delivers the latest value to {@code target} on the
     * FX thread at most once per {@code intervalMs}; the last value is never lost (a trailing
     * update follows the last call). {@link Coalescer#flush} delivers immediately.
     */
    public static <T> Coalescer<T> coalescing(long intervalMs, Consumer<? super T> target) {
        return new Coalescer<>(intervalMs, target, FxGate::run);
    }

    /** Latest-value coalescing, see {@link FxGate#coalescing}. */
    public static final class Coalescer<T> implements Consumer<T> {

        private final long intervalNanos;
        private final Consumer<? super T> target;
        private final Consumer<Runnable> executor;
        private final AtomicReference<T> latest = new AtomicReference<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile long lastDeliveryNanos = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

        Coalescer(long intervalMs, Consumer<? super T> target, Consumer<Runnable> executor) {
            if (intervalMs < 0) {
                throw new IllegalArgumentException("intervalMs must be >= 0, was " + intervalMs);
            }
            this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMs);
            this.target = Objects.requireNonNull(target, "target");
            this.executor = executor;
        }

        @Override
        public void accept(T value) {
            latest.set(Objects.requireNonNull(value, "value"));
            if (scheduled.compareAndSet(false, true)) {
                long wait = lastDeliveryNanos + intervalNanos - System.nanoTime();
                if (wait <= 0) {
                    executor.accept(this::deliver);
                } else {
                    Thread.ofVirtual().start(() -> {
                        try {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        executor.accept(this::deliver);
                    });
                }
            }
        }

        /** Delivers the pending value now (call from the FX thread, e.g. when a scan ends). */
        public void flush() {
            deliver();
        }

        private void deliver() {
            scheduled.set(false);
            T v = latest.getAndSet(null);
            if (v != null) {
                lastDeliveryNanos = System.nanoTime();
                target.accept(v);
            }
        }
    }
}
