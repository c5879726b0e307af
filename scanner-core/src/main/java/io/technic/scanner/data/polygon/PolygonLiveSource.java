package io.technic.scanner.data.polygon;

import io.technic.scanner.data.LiveSource;
import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Live monitoring on Polygon: the bar store's daily history (opened once) with each symbol's bar
 * of today from the full-market snapshot in place of (or after) its stored bars of that day; the
 * index ({@value PolygonSync#INDEX}) likewise. One
 * snapshot request per {@link #snapshot}. Symbols not in the store are left out (sync first).
 */
public final class PolygonLiveSource implements LiveSource {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final PolygonClient client;
    private final BarStore store;
    private Market history;

    public PolygonLiveSource(PolygonClient client, BarStore store) {
        this.client = Objects.requireNonNull(client, "client");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public String describe() {
        return "polygon-live:" + store.directory();
    }

    /** The stored index ({@value PolygonSync#INDEX}) with today's snapshot bar in place of or after its last. */
    private BarColumns index(PolygonClient.Quote q, int today) {
        BarColumns h = history.index();
        if (h == null || q == null) {
            return h;
        }
        int day = q.updatedNanos() == 0 ? today
                : (int) LocalDate.ofInstant(Instant.ofEpochSecond(0, q.updatedNanos()), NEW_YORK).toEpochDay();
        BarColumns.Builder b = new BarColumns.Builder(h.barCount() + 1);
        for (int i = h.start(0); i < h.end(0) && h.day()[i] < day; i++) {
            b.add(h.day()[i], h.open()[i], h.high()[i], h.low()[i], h.close()[i], h.volume()[i]);
        }
        b.add(day, q.open(), q.high(), q.low(), q.close(), q.volume());
        return b.endSymbol().build();
    }

    @Override
    public Market snapshot(Instant now) {
        if (history == null) {
            history = store.load();
        }
        Map<String, PolygonClient.Quote> quotes = new HashMap<>();
        for (PolygonClient.Quote q : client.snapshot()) {
            quotes.put(q.symbol(), q);
        }
        int today = (int) LocalDate.ofInstant(now, NEW_YORK).toEpochDay();
        BarColumns h = history.bars();
        BarColumns.Builder b = new BarColumns.Builder(h.barCount() + h.symbolCount());
        for (int s = 0; s < h.symbolCount(); s++) {
            PolygonClient.Quote q = quotes.get(history.symbols().get(s).symbol());
            int day = q == null || q.updatedNanos() == 0 ? today
                    : (int) LocalDate.ofInstant(Instant.ofEpochSecond(0, q.updatedNanos()), NEW_YORK).toEpochDay();
            for (int i = h.start(s); i < h.end(s); i++) {
                if (q != null && h.day()[i] >= day) {
                    break;
                }
                b.add(h.day()[i], h.open()[i], h.high()[i], h.low()[i], h.close()[i], h.volume()[i]);
            }
            if (q != null) {
                b.add(day, q.open(), q.high(), q.low(), q.close(), q.volume());
            }
            b.endSymbol();
        }
        return new Market(describe(), history.dataVersion() + "+snapshot@" + now, history.symbols(), b.build(),
                index(quotes.get(PolygonSync.INDEX), today), history.loadSkipped());
    }
}
