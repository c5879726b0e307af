package io.technic.scanner.data.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Markets cut from a simulated one, and a bit-for-bit comparison of two markets. */
final class StoreFixtures {

    private StoreFixtures() {}

    static Market sim(int symbols, int bars) {
        return new SimulatedMarket(new SimulationSpec(5, symbols, bars, LocalDate.of(2026, 6, 30))).load();
    }

    /** The first {@code symbols} symbols of {@code m} with their bars up to {@code last} (inclusive). */
    static Market until(Market m, int symbols, LocalDate last) {
        int lastDay = (int) last.toEpochDay();
        BarColumns b = m.bars();
        BarColumns.Builder out = new BarColumns.Builder(b.barCount());
        List<SymbolInfo> infos = new ArrayList<>();
        for (int s = 0; s < symbols; s++) {
            copy(b, s, lastDay, out);
            infos.add(m.symbols().get(s));
        }
        BarColumns index = null;
        if (m.index() != null) {
            BarColumns.Builder x = new BarColumns.Builder(m.index().barCount());
            copy(m.index(), 0, lastDay, x);
            index = x.build();
        }
        return new Market(m.source() + "@" + last, "v", infos, out.build(), index, List.of());
    }

    private static void copy(BarColumns b, int s, int lastDay, BarColumns.Builder out) {
        for (int i = b.start(s); i < b.end(s) && b.day()[i] <= lastDay; i++) {
            out.add(b.day()[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
        }
        out.endSymbol();
    }

    /** Same symbols in the same order with the same metadata, and every bar equal bit for bit. */
    static void assertSameMarket(Market actual, Market expected) {
        assertThat(actual.symbols()).isEqualTo(expected.symbols());
        assertSameBars(actual.bars(), expected.bars());
        if (expected.index() == null) {
            assertThat(actual.index()).isNull();
        } else {
            assertSameBars(actual.index(), expected.index());
        }
    }

    static void assertSameBars(BarColumns a, BarColumns e) {
        assertThat(a.symbolCount()).isEqualTo(e.symbolCount());
        for (int s = 0; s < e.symbolCount(); s++) {
            assertThat(a.length(s)).as("bars of symbol %d", s).isEqualTo(e.length(s));
        }
        assertThat(a.day()).isEqualTo(e.day());
        assertThat(bits(a.open())).isEqualTo(bits(e.open()));
        assertThat(bits(a.high())).isEqualTo(bits(e.high()));
        assertThat(bits(a.low())).isEqualTo(bits(e.low()));
        assertThat(bits(a.close())).isEqualTo(bits(e.close()));
        assertThat(bits(a.volume())).isEqualTo(bits(e.volume()));
    }

    private static long[] bits(double[] x) {
        long[] out = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Double.doubleToRawLongBits(x[i]);
        }
        return out;
    }
}
