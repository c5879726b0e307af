package io.technic.app.ui.service;

import io.technic.app.context.Engine;
import io.technic.scanner.api.LiveSources;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.LiveSource;
import io.technic.scanner.data.sim.TickingMarket;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.watch.Alert;
import io.technic.scanner.watch.AlertHistory;
import io.technic.scanner.watch.AlertRule;
import io.technic.scanner.watch.ManualClock;
import io.technic.scanner.watch.Monitor;
import io.technic.scanner.watch.MonitorState;
import io.technic.scanner.watch.WatchConfig;
import io.technic.scanner.watch.WatchStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@link WatchService} on the local engine: the config and history in a watch directory, the
 * monitor on a daemon thread ({@code technic-watch}). On the simulated market each tick advances
 * its market time by one step (5 minutes), so a session replays the live days at the interval's pace.
 */
public final class EngineWatchService implements WatchService {

    private final Path dir;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> daemon(r, "technic-watch-io"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "technic-watch"));
    private Scanner scanner;
    /** Market-time steps done per simulated source, so a restarted session (config changed) goes on where it was. */
    private final java.util.Map<String, Long> steps = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param dir the watch directory (watch.json, alerts.jsonl) */
    public EngineWatchService(Path dir) {
        this.dir = dir;
    }

    /** The user's watch directory ({@link WatchStore#defaultDirectory()}). */
    public static EngineWatchService inUserConfig() {
        return new EngineWatchService(WatchStore.defaultDirectory());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public CompletableFuture<WatchStore.Loaded> load() {
        return CompletableFuture.supplyAsync(() -> new WatchStore(dir).load(), io);
    }

    @Override
    public CompletableFuture<Void> save(WatchConfig config) {
        return CompletableFuture.runAsync(() -> {
            try {
                new WatchStore(dir).save(config);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save " + dir.resolve(WatchStore.FILE) + ": " + e.getMessage(), e);
            }
        }, io);
    }

    @Override
    public CompletableFuture<List<Alert>> history(int max) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return AlertHistory.in(dir).read(max);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io);
    }

    @Override
    public Session start(WatchConfig config, List<AlertRule> rules, String source, Duration interval,
                         Consumer<Monitor.Tick> onTick, Consumer<Throwable> onError) {
        LiveSource live = LiveSources.parse(source, 5, Duration.ofMinutes(5));
        TickingMarket sim = live instanceof TickingMarket t ? t : null;
        String key = live.describe();
        Clock clock = sim != null ? new ManualClock(sim.timeOfStep(steps.getOrDefault(key, 0L))) : Clock.systemUTC();
        ScanRequest request = new ScanRequest(live.describe(), UniverseFilter.defaultsFor(Profile.BALANCED), null,
                ScanRequest.DEFAULT_LOOKBACK, Profile.BALANCED, 0, 0);
        AlertHistory history = AlertHistory.in(dir);
        AtomicBoolean stopped = new AtomicBoolean();
        // triggers survive a restart of the monitor (an edit, the app reopened) through monitor-state.json
        Monitor monitor = new Monitor(config, rules, live, m -> scanner().submit(request, m, null).result().join(), clock,
                new MonitorState(dir));
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                if (stopped.get()) {
                    return;
                }
                try {
                    if (clock instanceof ManualClock mc) {
                        mc.set(sim.timeOfStep(steps.merge(key, 1L, Long::sum) - 1));
                    }
                    Monitor.Tick t = monitor.tick();
                    history.append(t.alerts());
                    if (!stopped.get()) {
                        onTick.accept(t);
                        ticker.schedule(this, Math.max(0, interval.toMillis()), TimeUnit.MILLISECONDS);
                    }
                } catch (Throwable e) {
                    stopped.set(true);
                    onError.accept(e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                            ? e.getCause() : e);
                }
            }
        };
        ticker.execute(tick);
        return () -> stopped.set(true);
    }

    private synchronized Scanner scanner() {
        if (scanner == null) {
            scanner = Engine.scanner(false);
        }
        return scanner;
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        io.shutdownNow();
        if (scanner != null) {
            scanner.close();
        }
    }
}
