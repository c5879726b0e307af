package io.technic.scanner.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded universe: symbols with metadata, their bars as columns, an optional index series,
 * and the symbols that could not be loaded (with reasons), so nothing requested is lost.
 *
 * @param source      description of where the data came from, e.g. {@code "sim:seed=42,symbols=6000"}
 * @param dataVersion identifies the content (changes whenever any bar changes); used in cache keys
 * @param symbols     metadata, aligned with the symbols of {@code bars}
 * @param bars        the bars of every loaded symbol
 * @param index       the benchmark index (e.g. SPY) as a one-symbol block, or {@code null}
 * @param loadSkipped symbols present in the source that were rejected while loading
 */
public record Market(String source, String dataVersion, List<SymbolInfo> symbols, BarColumns bars,
                     BarColumns index, List<SkippedSymbol> loadSkipped) {

    public Market {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dataVersion, "dataVersion");
        symbols = List.copyOf(symbols);
        Objects.requireNonNull(bars, "bars");
        loadSkipped = List.copyOf(loadSkipped);
        if (symbols.size() != bars.symbolCount()) {
            throw new IllegalArgumentException(
                    "symbols (" + symbols.size() + ") and bar blocks (" + bars.symbolCount() + ") differ");
        }
        if (index != null && index.symbolCount() != 1) {
            throw new IllegalArgumentException("index must hold exactly one series");
        }
    }

    /** Number of loaded symbols. */
    public int size() {
        return symbols.size();
    }

    /** Position of {@code symbol} in this market, or -1. Builds a lookup per call: use {@link #positions()} in loops. */
    public int indexOf(String symbol) {
        return positions().getOrDefault(symbol, -1);
    }

    /** Latest bar date over all symbols, or {@code null} for an empty market. */
    public LocalDate lastDate() {
        int max = Integer.MIN_VALUE;
        int[] day = bars.day();
        for (int s = 0; s < bars.symbolCount(); s++) {
            if (bars.length(s) > 0) {
                max = Math.max(max, day[bars.end(s) - 1]);
            }
        }
        return max == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(max);
    }

    /** A fresh lookup from symbol to its position in this market. */
    public Map<String, Integer> positions() {
        Map<String, Integer> m = new HashMap<>(symbols.size() * 2);
        for (int i = 0; i < symbols.size(); i++) {
            m.put(symbols.get(i).symbol(), i);
        }
        return m;
    }
}
