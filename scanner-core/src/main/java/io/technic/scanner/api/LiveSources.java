package io.technic.scanner.api;

import io.technic.scanner.data.BarSource;
import io.technic.scanner.data.LiveSource;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.TickingMarket;
import java.time.Duration;

/**
 * Turns a source spec into a {@link LiveSource} for monitoring: {@code sim[:...]} (the keys of
 * {@link BarSources}) ticks intraday ({@link TickingMarket}); sources that do not move during the
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
        BarSource s = BarSources.parse(spec);
        if (s instanceof SimulatedMarket sim) {
            return new TickingMarket(sim.spec(), liveSessions, step);
        }
        throw new IllegalArgumentException("source '" + spec + "' does not move during the session; monitor the simulated"
                + " market (sim[:seed=N,symbols=N,bars=N]) or a live provider");
    }
}
