package io.technic.app.ui.service;

import io.technic.scanner.watch.Alert;
import io.technic.scanner.watch.AlertRule;
import io.technic.scanner.watch.Monitor;
import io.technic.scanner.watch.WatchConfig;
import io.technic.scanner.watch.WatchStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What the watchlist screen needs: the watch config (load, save), the alert history, and a
 * monitor that ticks on its own thread. Nothing here blocks the caller; callbacks arrive on the
 * service's threads and view models hop to the FX thread themselves.
 */
public interface WatchService extends AutoCloseable {

    /** The saved config (with any restore warning), read off the caller's thread. */
    CompletableFuture<WatchStore.Loaded> load();

    /** Saves the config atomically, off the caller's thread. */
    CompletableFuture<Void> save(WatchConfig config);

    /** The last {@code max} alerts of the history, oldest first. */
    CompletableFuture<List<Alert>> history(int max);

    /** A running monitor. */
    interface Session {
        /** Stops after the tick in progress, if any. */
        void stop();
    }

    /**
     * Starts monitoring: a first tick now, then one every {@code interval} (after the previous
     * one ends). Alerts go to the history before {@code onTick} sees them. A failing tick (bad
     * rule, unreadable source) stops the session and reaches {@code onError}.
     *
     * @param source a live source spec ({@code sim[:...]} or {@code polygon[:DIR]})
     * @throws IllegalArgumentException for a bad source or rules not in the config
     */
    Session start(WatchConfig config, List<AlertRule> rules, String source, Duration interval,
                  Consumer<Monitor.Tick> onTick, Consumer<Throwable> onError);

    @Override
    void close();
}
