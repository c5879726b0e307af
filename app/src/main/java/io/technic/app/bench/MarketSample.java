package io.technic.app.bench;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.util.ArrayList;
import java.util.List;

/** Deterministic sub-universes for anchors too slow to run on every symbol. */
public final class MarketSample {

    private MarketSample() {}

    /** Every {@code every}-th symbol (0, every, 2·every, ...), with the same index series. */
    static Market everyNth(Market m, int every) {
        return every == 1 ? m : select(m, s -> s % every == 0, "|every" + every);
    }

    /** The symbols with exactly {@code bars} bars, so every workload does the same work per symbol. */
    public static Market fullHistories(Market m, int bars) {
        return select(m, s -> m.bars().length(s) == bars, "");
    }

    private static Market select(Market m, java.util.function.IntPredicate keep, String tag) {
        BarColumns b = m.bars();
        BarColumns.Builder out = new BarColumns.Builder(b.barCount());
        List<SymbolInfo> infos = new ArrayList<>();
        for (int s = 0; s < b.symbolCount(); s++) {
            if (!keep.test(s)) {
                continue;
            }
            for (int i = b.start(s); i < b.end(s); i++) {
                out.add(b.day()[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
            }
            out.endSymbol();
            infos.add(m.symbols().get(s));
        }
        return new Market(m.source() + tag, m.dataVersion(), infos, out.build(), m.index(), List.of());
    }
}
