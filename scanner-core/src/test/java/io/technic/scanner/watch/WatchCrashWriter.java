package io.technic.scanner.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child process of {@link WatchStoreKillTest}: saves generation after generation of a config until
 * killed. Generation {@code g} holds lists {@code list-0 .. list-(g % 7)}, each with the symbols
 * {@code S0 .. S(g-1)}, so any file read back names its own generation and can be checked whole.
 */
public final class WatchCrashWriter {

    private WatchCrashWriter() {}

    static WatchConfig generation(int g) {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < g; i++) {
            symbols.add("S" + i);
        }
        WatchConfig c = WatchConfig.empty();
        for (int k = 0; k <= g % 7; k++) {
            c = c.withWatchlist(new Watchlist("list-" + k, symbols));
        }
        return c;
    }

    public static void main(String[] args) throws Exception {
        WatchStore store = new WatchStore(Path.of(args[0]));
        store.save(generation(1));
        System.out.println("ready");
        System.out.flush();
        for (int g = 2; g < 1_000_000; g++) {
            store.save(generation(g));
        }
    }
}
