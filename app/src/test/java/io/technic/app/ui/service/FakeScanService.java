package io.technic.app.ui.service;

import io.technic.scanner.api.ScanHandle;
import io.technic.scanner.api.ScanListener;
import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/** A scan service the test drives by hand: it records submissions and completes them when told. */
public final class FakeScanService implements ScanService {

    /** A submitted scan. */
    public static final class Submission implements ScanHandle {
        public final ScanRequest request;
        public final boolean sectorNeutral;
        public final ScanListener listener;
        public final CompletableFuture<ScanResult> result = new CompletableFuture<>();
        public boolean cancelRequested;
        /** The offload toggle at submission. */
        public boolean offload;

        Submission(ScanRequest request, boolean sectorNeutral, ScanListener listener) {
            this.request = request;
            this.sectorNeutral = sectorNeutral;
            this.listener = listener;
        }

        @Override
        public ScanProgress progress() {
            return null;
        }

        @Override
        public void cancel() {
            cancelRequested = true;
            result.completeExceptionally(new CancellationException("scan cancelled"));
        }

        @Override
        public CompletableFuture<ScanResult> result() {
            return result;
        }
    }

    public final List<Submission> submissions = new ArrayList<>();
    public final Map<String, CompletableFuture<Market>> markets = new HashMap<>();

    @Override
    public ScanHandle submit(ScanRequest request, boolean sectorNeutral, ScanListener listener) {
        return submit(request, sectorNeutral, false, listener);
    }

    @Override
    public ScanHandle submit(ScanRequest request, boolean sectorNeutral, boolean offload, ScanListener listener) {
        Submission s = new Submission(request, sectorNeutral, listener);
        s.offload = offload;
        submissions.add(s);
        return s;
    }

    /** The configurations {@link #configure} received, in order. */
    public final List<OffloadConfig> configs = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void configure(OffloadConfig config) {
        configs.add(config);
    }

    @Override
    public CompletableFuture<Market> market(String source) {
        return markets.computeIfAbsent(source, k -> new CompletableFuture<>());
    }

    /** What {@link #liveStore()} answers; the test completes it (a fresh one per call once replaced). */
    public CompletableFuture<BarStore.Info> live = new CompletableFuture<>();
    public int liveProbes;

    @Override
    public CompletableFuture<BarStore.Info> liveStore() {
        liveProbes++;
        return live;
    }

    @Override
    public java.nio.file.Path liveStoreDirectory() {
        return java.nio.file.Path.of("/home/trader/.local/share/technic/bars");
    }

    public Submission last() {
        return submissions.getLast();
    }

    @Override
    public void close() {}
}
