package io.technic.scanner.api;

import io.technic.scanner.data.BarSource;
import io.technic.scanner.data.DataException;
import io.technic.scanner.data.csv.CsvBarSource;
import io.technic.scanner.data.csv.CsvSpec;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.data.store.BarStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a source spec from the command line or settings into a {@link BarSource}:
 * <ul>
 * <li>{@code sim} - the default simulated market (seed 42, 6,000 symbols, 756 bars);</li>
 * <li>{@code sim:seed=7,symbols=500,bars=300,end=2026-11-20} - any subset of the keys;</li>
 * <li>{@code csv:PATH} or {@code csv:PATH,index=PATH,meta=PATH,strict=true} - a long CSV file or a
 *     directory of per-symbol files (see {@link CsvBarSource}). A comma-separated part without
 *     {@code =} right after the path is taken as part of the path.</li>
 * <li>{@code store:DIR} - a local bar store (see {@link BarStore}); {@code store} alone is the
 *     user's own ({@link BarStore#defaultDirectory()}).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class BarSources {

    private static final List<String> SIM_KEYS = List.of("seed", "symbols", "bars", "end");
    private static final List<String> CSV_KEYS = List.of("index", "meta", "strict");

    private BarSources() {}

    /**
     * Parses {@code spec}.
     *
     * @throws IllegalArgumentException naming the bad part and listing the valid ones, for an
     *                                  unknown scheme or key, a repeated key, or a bad value
     */
    public static BarSource parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty source spec; valid: sim, sim:seed=N,symbols=N,bars=N,end=yyyy-MM-dd, "
                    + "csv:PATH[,index=PATH,meta=PATH,strict=true], store[:DIR]");
        }
        String s = spec.strip();
        int colon = s.indexOf(':');
        String scheme = (colon < 0 ? s : s.substring(0, colon)).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : s.substring(colon + 1);
        return switch (scheme) {
            case "sim" -> new SimulatedMarket(sim(rest, s));
            case "csv" -> new CsvBarSource(csv(rest, s));
            case "store" -> new BarStore(rest.isBlank() ? BarStore.defaultDirectory() : Path.of(rest.strip()));
            default -> throw new IllegalArgumentException("unknown source scheme '" + scheme + "' in '" + s
                    + "'; valid schemes: sim, csv, store");
        };
    }

    private static SimulationSpec sim(String rest, String spec) {
        SimulationSpec d = SimulationSpec.defaults();
        long seed = d.seed();
        int symbols = d.symbols();
        int bars = d.bars();
        LocalDate end = d.end();
        List<String> seen = new ArrayList<>();
        for (String part : rest.isBlank() ? new String[0] : rest.split(",", -1)) {
            String[] kv = keyValue(part, spec, "sim", SIM_KEYS, seen);
            String v = kv[1];
            switch (kv[0]) {
                case "seed" -> seed = number(kv[0], v, spec);
                case "symbols" -> symbols = (int) Math.min(Integer.MAX_VALUE, number(kv[0], v, spec));
                case "bars" -> bars = (int) Math.min(Integer.MAX_VALUE, number(kv[0], v, spec));
                default -> {
                    try {
                        end = LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("end '" + v + "' in '" + spec + "' is not a date (yyyy-MM-dd)");
                    }
                }
            }
        }
        try {
            return new SimulationSpec(seed, symbols, bars, end);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " in '" + spec + "'", e);
        }
    }

    private static CsvSpec csv(String rest, String spec) {
        String[] parts = rest.split(",", -1);
        StringBuilder path = new StringBuilder(parts[0]);
        int i = 1;
        while (i < parts.length && !parts[i].contains("=")) {
            path.append(',').append(parts[i++]);
        }
        if (path.toString().isBlank()) {
            throw new IllegalArgumentException("no path in '" + spec + "'; expected csv:PATH[,index=PATH,meta=PATH,strict=true]");
        }
        Path index = null;
        Path meta = null;
        boolean strict = false;
        List<String> seen = new ArrayList<>();
        for (; i < parts.length; i++) {
            String[] kv = keyValue(parts[i], spec, "csv", CSV_KEYS, seen);
            switch (kv[0]) {
                case "index" -> index = Path.of(kv[1]);
                case "meta" -> meta = Path.of(kv[1]);
                default -> {
                    if (!kv[1].equalsIgnoreCase("true") && !kv[1].equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException("strict '" + kv[1] + "' in '" + spec + "' is not true or false");
                    }
                    strict = Boolean.parseBoolean(kv[1]);
                }
            }
        }
        return new CsvSpec(Path.of(path.toString().strip()), index, meta, strict);
    }

    private static String[] keyValue(String part, String spec, String scheme, List<String> keys, List<String> seen) {
        int eq = part.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + part + "' in '" + spec + "' is not key=value; valid " + scheme
                    + " keys: " + String.join(", ", keys));
        }
        String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = part.substring(eq + 1).strip();
        if (!keys.contains(key)) {
            throw new IllegalArgumentException("unknown key '" + part.substring(0, eq).strip() + "' in '" + spec
                    + "'; valid " + scheme + " keys: " + String.join(", ", keys));
        }
        if (seen.contains(key)) {
            throw new IllegalArgumentException("key '" + key + "' given twice in '" + spec + "'");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("key '" + key + "' has no value in '" + spec + "'");
        }
        seen.add(key);
        return new String[] {key, value};
    }

    private static long number(String key, String v, String spec) {
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + v + "' in '" + spec + "' is not an integer");
        }
    }
}
