package io.technic.scanner.watch;

import io.technic.scanner.data.LiveSource;
import io.technic.scanner.expr.ExprException;
import io.technic.scanner.expr.Program;
import io.technic.scanner.expr.Screen;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-evaluates alert rules on a live source. Each {@link #tick()} takes a snapshot of the source
 * at the clock's time, scans it (the whole universe, so scores and MERIT ranks are the
 * universe's), and runs every rule:
 * <ul>
 * <li>a CONDITION rule evaluates its condition (scan language, {@link Program}) for each symbol of
 *     its watchlist at the snapshot's last bar, with {@code rank} (the symbol's MERIT rank) beside
 *     the scores and features; a symbol filtered or skipped by the scan, or with too little history
 *     for the condition, is unknown and keeps its state;</li>
 * <li>a NEW_ENTRANT rule applies its saved scan ({@link Screen}) and fires for symbols in its top
 *     rows that were not in them at the previous tick.</li>
 * </ul>
 * Firing is edge-triggered with re-arm and cool-down (see {@link AlertRule}); the first tick only
 * records where each symbol stands. With a {@link MonitorState}, the triggers start where the last
 * monitor on that directory left them and are saved after every tick, so a restart neither
 * re-fires nor forgets a cool-down. Not thread-safe: one thread ticks a monitor.
 */
public final class Monitor {

    private static final Logger LOG = LoggerFactory.getLogger(Monitor.class);

    /** Scans a market snapshot (the engine, wired by the caller). */
    @FunctionalInterface
    public interface MarketScan {
        ScanResult scan(Market market);
    }

    /**
     * One evaluation.
     *
     * @param time       the clock's time
     * @param market     the snapshot
     * @param result     its scan
     * @param alerts     alerts that fired, by rule then symbol order
     * @param suppressed crossings dropped by a cool-down
     */
    public record Tick(Instant time, Market market, ScanResult result, List<Alert> alerts, int suppressed) {
        public Tick {
            alerts = List.copyOf(alerts);
        }
    }

    /** The name of the MERIT rank in rule conditions. */
    public static final String RANK = "rank";

    private final WatchConfig config;
    private final List<AlertRule> rules;
    private final LiveSource source;
    private final MarketScan scan;
    private final Clock clock;
    private final Map<String, Trigger> triggers = new HashMap<>();
    private final Map<String, Program[]> programs = new HashMap<>();
    private final Map<String, Screen> screens = new HashMap<>();
    private final Set<String> restored = new HashSet<>();
    private final MonitorState state;
    private int ticks;

    /**
     * @param config the watchlists and saved scans the rules name
     * @param rules  the rules to run (each must be in {@code config})
     * @throws IllegalArgumentException if a rule is not part of {@code config}
     */
    public Monitor(WatchConfig config, List<AlertRule> rules, LiveSource source, MarketScan scan, Clock clock) {
        this(config, rules, source, scan, clock, null);
    }

    /**
     * A monitor whose triggers are restored from, and saved after every tick to, {@code state}.
     *
     * @param state where the triggers are kept, or null for none
     * @throws IllegalArgumentException if a rule is not part of {@code config}
     */
    public Monitor(WatchConfig config, List<AlertRule> rules, LiveSource source, MarketScan scan, Clock clock,
                   MonitorState state) {
        this.config = Objects.requireNonNull(config, "config");
        this.rules = List.copyOf(rules);
        for (AlertRule r : this.rules) {
            if (!config.rules().contains(r)) {
                throw new IllegalArgumentException("rule " + r.id() + " is not in the config");
            }
            triggers.put(r.id(), new Trigger(r.cooldown()));
        }
        this.source = Objects.requireNonNull(source, "source");
        this.scan = Objects.requireNonNull(scan, "scan");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.state = state;
        if (state != null) {
            Instant now = clock.instant();
            for (AlertRule r : this.rules) {
                MonitorState.RuleState saved = state.get(r, config);
                // evaluated after now: market time went back (the simulated session replayed from
                // its open), so the saved state is not where this market stands: start afresh
                boolean fromTheFuture = saved != null && saved.keys().stream()
                        .anyMatch(k -> k.seen() != null && k.seen().isAfter(now));
                if (saved != null && !fromTheFuture) {
                    triggers.get(r.id()).restore(saved.keys());
                    restored.add(r.id());
                }
            }
        }
    }

    /** Rules whose triggers came from the saved state (a restart), by id. */
    public Set<String> restoredRules() {
        return Set.copyOf(restored);
    }

    /** The rules this monitor runs. */
    public List<AlertRule> rules() {
        return rules;
    }

    /** Evaluations so far. */
    public int ticks() {
        return ticks;
    }

    /**
     * Snapshots, scans and evaluates every rule once.
     *
     * @throws IllegalArgumentException if a rule's condition does not compile (the message names the rule
     *                                  and shows the place)
     */
    public Tick tick() {
        Instant now = clock.instant();
        Market market = source.snapshot(now);
        ScanResult result = scan.scan(market);
        Map<String, ScanRow> rows = new HashMap<>(result.rows().size() * 2);
        for (ScanRow r : result.rows()) {
            rows.put(r.symbol(), r);
        }
        Map<String, Integer> positions = market.positions();
        List<Alert> alerts = new ArrayList<>();
        int[] suppressed = new int[1];
        for (AlertRule rule : rules) {
            if (rule.kind() == AlertRule.Kind.CONDITION) {
                condition(rule, now, market, result, rows, positions, alerts, suppressed);
            } else {
                entrants(rule, now, market, result, alerts, suppressed, ticks == 0 && !restored.contains(rule.id()));
            }
        }
        ticks++;
        if (state != null) {
            Map<AlertRule, List<Trigger.Saved>> current = new LinkedHashMap<>();
            rules.forEach(r -> current.put(r, triggers.get(r.id()).saved()));
            try {
                state.save(config, current);
            } catch (java.io.IOException e) {
                // monitoring goes on; a restart would then start from the last state that was written
                LOG.warn("cannot save {}: {}", state.file(), e.getMessage());
            }
        }
        return new Tick(now, market, result, alerts, suppressed[0]);
    }

    private void condition(AlertRule rule, Instant now, Market market, ScanResult result, Map<String, ScanRow> rows,
                           Map<String, Integer> positions, List<Alert> alerts, int[] suppressed) {
        Watchlist list = config.watchlist(rule.target()).orElseThrow();
        Program[] p = programs.computeIfAbsent(rule.id(), id -> compile(rule, result));
        Program.Workspace ws = p[0].workspace();
        Program.Workspace rws = p[1] == null ? null : p[1].workspace();
        BarColumns bars = market.bars();
        int asOf = (int) result.asOf().toEpochDay();
        int lookback = result.request().lookback();
        Trigger trig = triggers.get(rule.id());
        for (String symbol : list.symbols()) {
            ScanRow row = rows.get(symbol);
            Integer s = positions.get(symbol);
            if (row == null || s == null) {
                continue;
            }
            int at = bars.lastIndexOnOrBefore(s, asOf);
            int from = lookback == 0 ? bars.start(s) : Math.max(bars.start(s), at - lookback + 1);
            ScanRow ranked = withRank(row);
            double v = p[0].evaluate(bars, from, at, ranked, ws);
            if (Double.isNaN(v)) {
                continue;
            }
            boolean active = v == 1;
            boolean rearm = p[1] == null ? !active : p[1].evaluate(bars, from, at, ranked, rws) == 1;
            Trigger.Outcome o = trig.observe(symbol, active, rearm, now, false);
            if (o == Trigger.Outcome.FIRE) {
                alerts.add(new Alert(now, rule.id(), rule.kind(), list.name(), symbol, bars.close()[at], row.rank(),
                        rule.when() + " on " + list.name()));
            } else if (o == Trigger.Outcome.SUPPRESSED) {
                suppressed[0]++;
            }
        }
    }

    private void entrants(AlertRule rule, Instant now, Market market, ScanResult result, List<Alert> alerts,
                          int[] suppressed, boolean first) {
        SavedScan saved = config.scan(rule.target()).orElseThrow();
        Screen screen = screens.computeIfAbsent(rule.id(), id -> {
            try {
                return Screen.compile(saved.where(), saved.rankBy(), result);
            } catch (ExprException e) {
                throw ruleError("rule " + rule.id() + " (saved scan '" + saved.name() + "')", e);
            }
        });
        List<ScanRow> top = screen.apply(result, market).rows();
        Map<String, ScanRow> in = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(saved.top(), top.size()); i++) {
            in.put(top.get(i).symbol(), top.get(i));
        }
        Trigger trig = triggers.get(rule.id());
        Set<String> out = new HashSet<>();
        for (String k : trig.keys()) {
            if (!in.containsKey(k)) {
                out.add(k);
            }
        }
        for (String k : out) {
            trig.observe(k, false, true, now, !first);
        }
        BarColumns bars = market.bars();
        Map<String, Integer> positions = market.positions();
        int asOf = (int) result.asOf().toEpochDay();
        for (ScanRow row : in.values()) {
            Trigger.Outcome o = trig.observe(row.symbol(), true, false, now, !first);
            if (o == Trigger.Outcome.FIRE) {
                int s = positions.get(row.symbol());
                double price = bars.close()[bars.lastIndexOnOrBefore(s, asOf)];
                alerts.add(new Alert(now, rule.id(), rule.kind(), saved.name(), row.symbol(), price, row.rank(),
                        "entered '" + saved.name() + "' at #" + row.rank() + " of " + saved.top()));
            } else if (o == Trigger.Outcome.SUPPRESSED) {
                suppressed[0]++;
            }
        }
    }

    private static Program[] compile(AlertRule rule, ScanResult result) {
        List<String> scores = new ArrayList<>();
        if (!result.rows().isEmpty()) {
            scores.addAll(result.rows().getFirst().scores().keySet());
            scores.addAll(result.rows().getFirst().factors().keySet());
        }
        scores.add(RANK);
        Program.Vocabulary v = new Program.Vocabulary(result.schema().names(), scores);
        Program when = compileCondition(rule, rule.when(), v, "condition");
        Program rearm = rule.rearm() == null ? null : compileCondition(rule, rule.rearm(), v, "re-arm condition");
        return new Program[] {when, rearm};
    }

    private static Program compileCondition(AlertRule rule, String src, Program.Vocabulary v, String what) {
        Program p;
        try {
            p = Program.compile(src, v);
        } catch (ExprException e) {
            throw ruleError("rule " + rule.id() + " " + what, e);
        }
        if (p.type() != Program.Type.BOOLEAN) {
            throw new IllegalArgumentException("rule " + rule.id() + ": the " + what + " '" + src
                    + "' is not a condition (e.g. rsi(14) < 30)");
        }
        return p;
    }

    private static IllegalArgumentException ruleError(String where, ExprException e) {
        return new IllegalArgumentException(where + ": " + e.getMessage() + System.lineSeparator() + "  "
                + e.caret().replace(System.lineSeparator(), System.lineSeparator() + "  "), e);
    }

    /** The row with its MERIT rank readable as {@value #RANK} (scores and factors are names of the language). */
    private static ScanRow withRank(ScanRow r) {
        Map<String, Double> scores = new LinkedHashMap<>(r.scores());
        scores.putAll(r.factors());
        scores.put(RANK, (double) r.rank());
        return new ScanRow(r.rank(), r.info(), r.score(), scores, r.factors(), r.contributions(), r.features(),
                r.schema(), r.forecasts());
    }
}
