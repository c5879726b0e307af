package io.technic.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Splits symbols {@code [0, symbols)} into one contiguous chunk per thread and sums what each
 * chunk's task returns. Owns its worker threads (daemon); close it when done.
 */
final class SymbolRanges implements AutoCloseable {

    /** The work of one thread over its chunk of symbols. */
    interface ChunkTask {
        double run(int worker, int fromSymbol, int toSymbol);
    }

    private final int threads;
    private final ExecutorService pool;

    SymbolRanges(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    int threads() {
        return threads;
    }

    /** Runs {@code task} over every chunk, on the caller's thread when single-threaded. */
    double run(int symbols, ChunkTask task) {
        if (pool == null) {
            return task.run(0, 0, symbols);
        }
        List<Future<Double>> parts = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) {
            int from = (int) ((long) symbols * w / threads);
            int to = (int) ((long) symbols * (w + 1) / threads);
            int worker = w;
            parts.add(pool.submit(() -> task.run(worker, from, to)));
        }
        double sum = 0;
        try {
            for (Future<Double> f : parts) {
                sum += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark task failed", e.getCause());
        }
        return sum;
    }

    /** Creates one per-thread state object per worker. */
    <T> List<T> perWorker(IntFunction<T> factory) {
        List<T> out = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) {
            out.add(factory.apply(w));
        }
        return out;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
