package io.technic.scanner.watch;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * When to alert.
 *
 * <p>A {@link Kind#CONDITION} rule watches every symbol of the watchlist {@code target}: it fires
 * for a symbol when {@code when} (a condition in the scan language, over the live bars, the
 * scan's scores and features, and {@code rank}, the symbol's MERIT rank in the whole universe)
 * turns true. A {@link Kind#NEW_ENTRANT} rule watches the saved scan {@code target} and fires for
 * each symbol that enters its list.
 *
 * <p><b>No flapping.</b> Rules are edge-triggered: the first evaluation only records where each
 * symbol stands; after firing, a symbol's rule is disarmed until {@code rearm} holds (default: the
 * condition is false, or the symbol is out of the list) — a band such as {@code when rsi(14) < 30},
 * {@code rearm rsi(14) > 35} is hysteresis — and a crossing less than {@code cooldown} after the
 * last alert for that symbol is dropped (and disarms the rule again).
 *
 * @param id       short identifier, 1-32 of {@code a-z 0-9 - _}, unique in a config
 * @param kind     what is watched
 * @param target   the watchlist (CONDITION) or saved scan (NEW_ENTRANT) name
 * @param when     the condition (CONDITION only; null for NEW_ENTRANT)
 * @param rearm    the re-arm condition, or null for the default
 * @param cooldown the least time between two alerts of this rule for one symbol; zero for none
 */
public record AlertRule(String id, Kind kind, String target, String when, String rearm, Duration cooldown) {

    /** What a rule watches. */
    public enum Kind {
        /** A condition over a watchlist's symbols. */
        CONDITION,
        /** Symbols entering a saved scan's list. */
        NEW_ENTRANT;

        /** {@code condition} or {@code new-entrant}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Parses {@link #key()} (or the enum name). @throws IllegalArgumentException for anything else */
        public static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.key().equalsIgnoreCase(s) || k.name().equalsIgnoreCase(s)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown rule kind '" + s + "'; valid: condition, new-entrant");
        }
    }

    /** @throws IllegalArgumentException naming the bad component */
    public AlertRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (!id.matches("[a-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("rule id '" + id + "' must be 1-32 of a-z 0-9 - _");
        }
        target = Watchlist.checkName(target);
        when = when == null || when.isBlank() ? null : when.strip();
        rearm = rearm == null || rearm.isBlank() ? null : rearm.strip();
        cooldown = cooldown == null ? Duration.ZERO : cooldown;
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("rule " + id + ": cooldown must not be negative: " + cooldown);
        }
        if (kind == Kind.CONDITION && when == null) {
            throw new IllegalArgumentException("rule " + id + ": a condition rule needs a condition (when)");
        }
        if (kind == Kind.NEW_ENTRANT && (when != null || rearm != null)) {
            throw new IllegalArgumentException("rule " + id + ": a new-entrant rule takes its condition from the saved scan");
        }
    }

    /** A condition rule on a watchlist. */
    public static AlertRule condition(String id, String watchlist, String when, String rearm, Duration cooldown) {
        return new AlertRule(id, Kind.CONDITION, watchlist, when, rearm, cooldown);
    }

    /** A new-entrant rule on a saved scan. */
    public static AlertRule newEntrant(String id, String scan, Duration cooldown) {
        return new AlertRule(id, Kind.NEW_ENTRANT, scan, null, null, cooldown);
    }
}
