package io.technic.scanner.watch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One alert: a rule fired for a symbol.
 *
 * @param time    when it fired (the monitor's clock: market time for the simulated market)
 * @param rule    the rule's id
 * @param kind    the rule's kind
 * @param target  the watchlist or saved scan the rule watches
 * @param symbol  the symbol
 * @param price   the symbol's last price when it fired
 * @param rank    the symbol's MERIT rank in the universe (or in the saved scan's list for a new
 *                entrant), 0 when it has none
 * @param message what happened, for people
 */
public record Alert(Instant time, String rule, AlertRule.Kind kind, String target, String symbol, double price,
                    int rank, String message) {

    public Alert {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The alert as one line for scripts: {@code TIME RULE KIND SYMBOL PRICE RANK MESSAGE}, single
     * spaces, the message last (it may hold spaces), price with 2 or 4 decimals, rank {@code -} when none.
     * Example: {@code 2026-11-16T14:35:00Z oversold condition ABC 41.27 311 rsi(14) < 30 on core}.
     */
    public String line() {
        return time + " " + rule + " " + kind.key() + " " + symbol + " " + price(price) + " "
                + (rank > 0 ? Integer.toString(rank) : "-") + " " + message;
    }

    /** The alert as one JSON object on one line (the alert history's format). */
    public String json() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("time", time.toString());
            g.writeStringField("rule", rule);
            g.writeStringField("kind", kind.key());
            g.writeStringField("target", target);
            g.writeStringField("symbol", symbol);
            g.writeNumberField("price", price);
            g.writeNumberField("rank", rank);
            g.writeStringField("message", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string failed", e);
        }
        return w.toString();
    }

    /** Parses {@link #json()}. @throws IOException naming the missing or bad field */
    public static Alert parseJson(String line) throws IOException {
        Map<String, Object> m = Json.object(Json.parse(line), "alert");
        try {
            return new Alert(Instant.parse(Json.string(m, "time", "alert")), Json.string(m, "rule", "alert"),
                    AlertRule.Kind.parse(Json.string(m, "kind", "alert")), Json.string(m, "target", "alert"),
                    Json.string(m, "symbol", "alert"), Json.number(m, "price", "alert"),
                    (int) Json.number(m, "rank", "alert"), Json.string(m, "message", "alert"));
        } catch (RuntimeException e) {
            throw new IOException("bad alert: " + e.getMessage(), e);
        }
    }

    static String price(double p) {
        return Double.isNaN(p) ? "NaN" : String.format(Locale.ROOT, p >= 1 ? "%.2f" : "%.4f", p);
    }
}
