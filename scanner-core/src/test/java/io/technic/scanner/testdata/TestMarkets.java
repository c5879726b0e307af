package io.technic.scanner.testdata;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SkippedSymbol;
import io.technic.scanner.model.SymbolInfo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small deterministic markets for pipeline tests (not the simulated market). */
public final class TestMarkets {

    private TestMarkets() {}

    /** Weekdays ending on {@code end}, oldest first. */
    public static int[] weekdays(LocalDate end, int n) {
        int[] d = new int[n];
        LocalDate t = end;
        for (int i = n - 1; i >= 0; i--) {
            while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
                t = t.minusDays(1);
            }
            d[i] = (int) t.toEpochDay();
            t = t.minusDays(1);
        }
        return d;
    }

    /**
     * {@code symbols} random walks of {@code bars[i % bars.length]} bars ending 2024-03-08, sectors
     * cycling over {@code sectors}, start prices spread from 2 to 400, volume 10k–5M.
     */
    public static Market randomWalk(int symbols, int[] bars, String[] sectors, long seed, List<SkippedSymbol> loadSkipped) {
        LocalDate end = LocalDate.of(2024, 3, 8);
        int maxBars = 0;
        for (int b : bars) {
            maxBars = Math.max(maxBars, b);
        }
        int[] days = weekdays(end, maxBars);
        BarColumns.Builder b = new BarColumns.Builder(symbols * maxBars);
        List<SymbolInfo> infos = new ArrayList<>();
        for (int s = 0; s < symbols; s++) {
            SplittableRandom rnd = new SplittableRandom(seed * 1_000_003 + s);
            int n = bars[s % bars.length];
            double price = 2 + 398 * rnd.nextDouble();
            double vol = 1e4 + 5e6 * rnd.nextDouble();
            for (int i = maxBars - n; i < maxBars; i++) {
                double r = 0.02 * (rnd.nextDouble() - 0.5) * 2;
                double open = price;
                price = price * Math.exp(r);
                double hi = Math.max(open, price) * (1 + 0.01 * rnd.nextDouble());
                double lo = Math.min(open, price) * (1 - 0.01 * rnd.nextDouble());
                b.add(days[i], open, hi, lo, price, Math.floor(vol * (0.5 + rnd.nextDouble())));
            }
            b.endSymbol();
            infos.add(new SymbolInfo(String.format("S%04d", s), "Company " + s, sectors[s % sectors.length],
                    "Industry", Double.NaN, null));
        }
        return new Market("test:walk", "walk-" + seed, infos, b.build(), null, loadSkipped);
    }
}
