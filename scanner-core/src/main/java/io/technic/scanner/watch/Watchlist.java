package io.technic.scanner.watch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named list of symbols, in the order the trader added them, each once. Immutable.
 *
 * @param name    1-64 characters, not blank; letters, digits, space, {@code - _ .}
 * @param symbols upper-case tickers (1-12 of {@code A-Z 0-9 . - ^ :}), no duplicates
 */
public record Watchlist(String name, List<String> symbols) {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} ._-]{1,64}");
    private static final Pattern TICKER = Pattern.compile("[A-Z0-9.^:-]{1,12}");

    /** @throws IllegalArgumentException naming the bad name or symbol */
    public Watchlist {
        name = checkName(name);
        List<String> out = new ArrayList<>(symbols.size());
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String s : symbols) {
            String t = checkSymbol(s);
            if (seen.add(t)) {
                out.add(t);
            }
        }
        symbols = List.copyOf(out);
    }

    /** An empty list. */
    public static Watchlist empty(String name) {
        return new Watchlist(name, List.of());
    }

    /** This list with {@code added} appended (those already in it are kept where they are). */
    public Watchlist add(List<String> added) {
        List<String> all = new ArrayList<>(symbols);
        all.addAll(added);
        return new Watchlist(name, all);
    }

    /** This list without {@code removed}. */
    public Watchlist remove(List<String> removed) {
        List<String> all = new ArrayList<>(symbols);
        removed.forEach(r -> all.remove(r.strip().toUpperCase(Locale.ROOT)));
        return new Watchlist(name, all);
    }

    /** The same symbols under another name. */
    public Watchlist rename(String newName) {
        return new Watchlist(newName, symbols);
    }

    /** A valid list name, stripped. @throws IllegalArgumentException if it is not one */
    public static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("watchlist name '" + name
                    + "' must be 1-64 letters, digits, spaces or . _ -");
        }
        return n;
    }

    /** {@code name} stripped if it is a valid list name, else null. */
    public static String checkNameOrNull(String name) {
        try {
            return name == null ? null : checkName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A ticker, stripped and upper-cased. @throws IllegalArgumentException if it is not one */
    public static String checkSymbol(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        String t = symbol.strip().toUpperCase(Locale.ROOT);
        if (!TICKER.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + symbol + "' is not a ticker (1-12 of A-Z 0-9 . - ^ :)");
        }
        return t;
    }
}
