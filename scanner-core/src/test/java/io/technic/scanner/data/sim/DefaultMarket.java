package io.technic.scanner.data.sim;

import io.technic.scanner.model.Market;

/** The default simulated market, generated once per test JVM. */
final class DefaultMarket {

    private static volatile Market market;

    private DefaultMarket() {}

    static Market get() {
        if (market == null) {
            synchronized (DefaultMarket.class) {
                if (market == null) {
                    market = new SimulatedMarket().load();
                }
            }
        }
        return market;
    }
}
