package io.technic.scanner.api;

import io.technic.scanner.data.BarSource;
import io.technic.scanner.data.LiveSource;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.polygon.PolygonClient;
import io.technic.scanner.data.polygon.PolygonKey;
import io.technic.scanner.data.polygon.PolygonLiveSource;
import io.technic.scanner.data.sim.TickingMarket;
import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.watch.WatchStore;
import java.time.Duration;

/**
 * Turns a source spec into a {@link LiveSource} for monitoring: {@code sim[:...]} (the keys of
 * {@link BarSources}) ticks intraday ({@link TickingMarket}); {@code polygon[:STORE_DIR]} is the bar
 * store's history plus Polygon's full-market snapshot ({@link PolygonLiveSource}, key from
 * {@code $POLYGON_API_KEY} or {@code <config dir>/polygon.key}, 60 requests a minute at most); sources that do not move during the
 * session (CSV files, the bar store) are refused with a message saying what to use. Stateless.
 */
public final class LiveSources {

    private LiveSources() {}

    /**
     * @param liveSessions for the simulated market: sessions replayed intraday
     * @param step         for the simulated market: market time between price steps
     * @throws IllegalArgumentException for a spec that is bad or does not tick
     */
    public static LiveSource parse(String spec, int liveSessions, Duration step) {
        String t = spec == null ? "" : spec.strip();
        if (t.equalsIgnoreCase("polygon") || t.toLowerCase(java.util.Locale.ROOT).startsWith("polygon:")) {
            String dir = t.length() > "polygon".length() ? t.substring("polygon:".length()).strip() : "";
            java.nio.file.Path keyFile = PolygonKey.defaultFile(WatchStore.defaultDirectory());
            io.technic.scanner.secret.Secrets secrets = io.technic.scanner.secret.Secrets.system(WatchStore.defaultDirectory());
            PolygonKey key = PolygonKey.find(secrets, keyFile).orElseThrow(() -> new IllegalArgumentException(
                    "no Polygon API key: set POLYGON_API_KEY, save it in Settings (stored in "
                            + secrets.store().describe() + "), or put it in " + keyFile + " (chmod 600)"));
            BarStore store = new BarStore(dir.isEmpty() ? BarStore.defaultDirectory() : java.nio.file.Path.of(dir));
            if (!store.exists()) {
                throw new IllegalArgumentException("no bar store at " + store.directory()
                        + "; fill it first: technic sync --provider polygon");
            }
            return new PolygonLiveSource(new PolygonClient(key, 60), store);
        }
        BarSource s = BarSources.parse(spec);
        if (s instanceof SimulatedMarket sim) {
            return new TickingMarket(sim.spec(), liveSessions, step);
        }
        throw new IllegalArgumentException("source '" + spec + "' does not move during the session; monitor the simulated"
                + " market (sim[:seed=N,symbols=N,bars=N]) or a live provider");
    }
}
