package io.technic.scanner.data.store;

import io.technic.scanner.model.Market;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Child process of {@link BarStoreKillTest}: appends a simulated market to a store one trading
 * day at a time (compacting on the way) until it is killed.
 */
public final class StoreCrashWriter {

    static final int SYMBOLS = 150;
    static final int BARS = 300;

    private StoreCrashWriter() {}

    public static void main(String[] args) throws Exception {
        Market full = StoreFixtures.sim(SYMBOLS, BARS);
        BarStore store = new BarStore(Path.of(args[0]));
        int[] days = full.index().day();
        System.out.println("ready");
        System.out.flush();
        for (int k = 120; k >= 0; k--) {
            store.append(StoreFixtures.until(full, SYMBOLS, LocalDate.ofEpochDay(days[days.length - 1 - k])));
        }
        System.out.println("done");
    }
}
