package io.technic.scanner.exec;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a body over {@code [0, n)} in chunks on the calling thread plus {@code threads - 1}
 * pool threads. Chunks are claimed dynamically, but each index is processed by exactly one
 * worker writing only its own output slots, so results never depend on the thread count.
 */
final class ParallelLoop {

    /** Body over a chunk {@code [from, to)}; {@code worker} is in {@code [0, threads)}. */
    @FunctionalInterface
    interface Body {
        void run(int worker, int from, int to);
    }

    private ParallelLoop() {}

    /**
     * @throws CancellationException if the tracker was cancelled before every chunk ran
     */
    static void run(ExecutorService pool, int threads, int n, int chunk, ProgressTracker tracker, Body body) {
        if (n == 0) {
            return;
        }
        int workers = Math.max(1, Math.min(threads, (n + chunk - 1) / chunk));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch helpers = new CountDownLatch(workers - 1);
        for (int w = 1; w < workers; w++) {
            int id = w;
            pool.execute(() -> {
                try {
                    work(id, n, chunk, next, tracker, failure, body);
                } finally {
                    helpers.countDown();
                }
            });
        }
        work(0, n, chunk, next, tracker, failure, body);
        try {
            helpers.await();
        } catch (InterruptedException e) {
            tracker.cancel();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (tracker.isCancelled()) {
            throw new CancellationException("scan cancelled");
        }
    }

    private static void work(int id, int n, int chunk, AtomicInteger next, ProgressTracker tracker,
                             AtomicReference<Throwable> failure, Body body) {
        try {
            while (!tracker.isCancelled() && failure.get() == null) {
                int from = next.getAndAdd(chunk);
                if (from >= n) {
                    return;
                }
                int to = Math.min(n, from + chunk);
                body.run(id, from, to);
                tracker.advance(to - from);
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }
}
