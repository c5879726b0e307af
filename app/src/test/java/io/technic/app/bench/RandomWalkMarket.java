package io.technic.app.bench;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic random-walk universes for tests and quick timings (the real simulated market
 * lives in scanner-core's {@code data.sim}). Daily bars on consecutive days ending on the same
 * day for every symbol and the index.
 */
final class RandomWalkMarket {

    static final int LAST_DAY = 20_000; // 2024-10-04

    /** Shape of one symbol's walk. */
    record Walk(int bars, double startPrice, double dailyVol, double baseVolume) {}

    private RandomWalkMarket() {}

    /** {@code symbols} symbols of {@code bars} bars each, prices 5..500, with an index. */
    static Market of(int symbols, int bars, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Walk> walks = new ArrayList<>(symbols);
        for (int s = 0; s < symbols; s++) {
            walks.add(new Walk(bars, 5 + rnd.nextDouble() * 495, 0.01 + rnd.nextDouble() * 0.03,
                    1e5 + rnd.nextDouble() * 5e6));
        }
        return of(walks, bars, seed);
    }

    /** One symbol per walk, plus an index of {@code indexBars} bars (none when 0). */
    static Market of(List<Walk> walks, int indexBars, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int total = walks.stream().mapToInt(Walk::bars).sum();
        BarColumns.Builder b = new BarColumns.Builder(total);
        List<SymbolInfo> infos = new ArrayList<>();
        for (int s = 0; s < walks.size(); s++) {
            append(b, walks.get(s), rnd);
            infos.add(SymbolInfo.of("S" + s));
        }
        BarColumns index = null;
        if (indexBars > 0) {
            BarColumns.Builder ib = new BarColumns.Builder(indexBars);
            append(ib, new Walk(indexBars, 400, 0.01, 5e7), rnd);
            index = ib.build();
        }
        return new Market("random-walk:seed=" + seed, "rw-" + seed + "-" + total, infos, b.build(), index,
                List.of());
    }

    private static void append(BarColumns.Builder b, Walk w, SplittableRandom rnd) {
        double close = w.startPrice();
        int firstDay = LAST_DAY - w.bars() + 1;
        for (int i = 0; i < w.bars(); i++) {
            double open = close * (1 + rnd.nextGaussian() * w.dailyVol() * 0.3);
            double next = Math.max(0.01, close * Math.exp(rnd.nextGaussian() * w.dailyVol()));
            double high = Math.max(open, next) * (1 + Math.abs(rnd.nextGaussian()) * w.dailyVol() * 0.5);
            double low = Math.min(open, next) * (1 - Math.abs(rnd.nextGaussian()) * w.dailyVol() * 0.5);
            double volume = Math.floor(w.baseVolume() * Math.exp(rnd.nextGaussian() * 0.4));
            b.add(firstDay + i, open, high, low, next, volume);
            close = next;
        }
        b.endSymbol();
    }
}
