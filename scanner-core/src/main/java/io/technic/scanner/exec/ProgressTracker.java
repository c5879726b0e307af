package io.technic.scanner.exec;

import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.Stage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Progress and cancellation state of one scan, shared by its workers. Listener calls are
 * throttled to one per {@link #MIN_INTERVAL_NANOS} plus one per stage change. Thread-safe.
 */
final class ProgressTracker {

    static final long MIN_INTERVAL_NANOS = 50_000_000L;

    private final Consumer<ScanProgress> listener;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastEmit = new AtomicLong(Long.MIN_VALUE / 2);
    private volatile Stage stage = Stage.QUEUED;
    private volatile int total;
    private volatile long stageStartNanos = startNanos;
    private volatile boolean cancelled;
    private volatile int retries;
    private final java.util.function.BooleanSupplier parentCancelled;

    ProgressTracker(Consumer<ScanProgress> listener) {
        this(listener, () -> false);
    }

    /** A tracker that is also cancelled when {@code parentCancelled} says so (a shard of a scan). */
    ProgressTracker(Consumer<ScanProgress> listener, java.util.function.BooleanSupplier parentCancelled) {
        this.listener = listener;
        this.parentCancelled = parentCancelled;
    }

    /** Shard progress of an offloaded scan: stage REMOTE, {@code done} of {@code total} shards. */
    void shards(int doneShards, int totalShards) {
        if (stage != Stage.REMOTE) {
            stage(Stage.REMOTE, totalShards);
        }
        done.set(doneShards);
        emit(System.nanoTime());
    }

    /** Remote shard attempts retried so far; notifies at once (a retry is news the user should see). */
    void retries(int n) {
        retries = n;
        emit(System.nanoTime());
    }

    /** Enters {@code next} with {@code work} symbols to process and always notifies; DONE counts all as done. */
    void stage(Stage next, int work) {
        total = work;
        done.set(next == Stage.DONE ? work : 0);
        stageStartNanos = System.nanoTime();
        stage = next;
        emit(System.nanoTime());
    }

    /** Records {@code n} more symbols done; notifies if the throttle allows. */
    void advance(int n) {
        done.addAndGet(n);
        long now = System.nanoTime();
        long last = lastEmit.get();
        if (now - last >= MIN_INTERVAL_NANOS && lastEmit.compareAndSet(last, now)) {
            emit(now);
        }
    }

    void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled || parentCancelled.getAsBoolean();
    }

    ScanProgress snapshot() {
        long now = System.nanoTime();
        int d = done.get();
        int t = total;
        double secs = (now - stageStartNanos) / 1e9;
        double rate = d == 0 || secs <= 0 ? 0 : d / secs;
        long eta = rate == 0 ? -1 : (long) ((t - d) / rate * 1000);
        return new ScanProgress(stage, d, t, rate, eta, (now - startNanos) / 1_000_000, retries);
    }

    private void emit(long now) {
        lastEmit.set(now);
        listener.accept(snapshot());
    }
}
