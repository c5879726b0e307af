package io.technic.app.cli;

import io.technic.scanner.api.LiveSources;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.LiveSource;
import io.technic.scanner.data.sim.TickingMarket;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.watch.Alert;
import io.technic.scanner.watch.AlertHistory;
import io.technic.scanner.watch.AlertRule;
import io.technic.scanner.watch.ManualClock;
import io.technic.scanner.watch.Monitor;
import io.technic.scanner.watch.MonitorState;
import io.technic.scanner.watch.WatchConfig;
import io.technic.scanner.watch.Watchlist;
import io.technic.scanner.watch.WebhookSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code technic watch}: runs the monitor and prints alerts as lines. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monitor watchlists and saved scans on a live source and print alerts, one a line:",
            "  TIME RULE KIND SYMBOL PRICE RANK MESSAGE   (--format json: one JSON object a line)",
            "The simulated market ticks intraday: each evaluation advances it by --sim-step of market time,",
            "and alert times are market times. The first evaluation only records where each symbol stands."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WatchDir dir;

    @Mixin
    ScanOptions scan;

    @Option(names = "--list", paramLabel = "NAME", split = ",", description = "Run the rules on these watchlists.")
    List<String> lists = new ArrayList<>();

    @Option(names = "--scan", paramLabel = "NAME", split = ",", description = "Run the new-entrant rules of these saved scans.")
    List<String> scans = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "ID", split = ",", description = "Run these rules. Default: every rule (or those of --list/--scan).")
    List<String> ruleIds = new ArrayList<>();

    @Option(names = "--watch", paramLabel = "SYM", split = ",", description = "Ad hoc: watch these symbols with --when (nothing is saved).")
    List<String> adHoc = new ArrayList<>();

    @Option(names = "--when", paramLabel = "EXPR", description = "Ad hoc condition for --watch, e.g. \"rsi(14) < 30\".")
    String when;

    @Option(names = "--rearm", paramLabel = "EXPR", description = "Ad hoc re-arm condition for --watch.")
    String rearm;

    @Option(names = "--cooldown", paramLabel = "DURATION", defaultValue = "0", converter = Durations.class,
            description = "Ad hoc cool-down for --watch (e.g. 30m).")
    Duration cooldown;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5s", converter = Durations.class,
            description = "Wall time between evaluations (default ${DEFAULT-VALUE}; 0 = back to back).")
    Duration interval;

    @Option(names = "--ticks", paramLabel = "N", defaultValue = "0", description = "Stop after N evaluations (0 = no limit).")
    long ticks;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Durations.class, description = "Stop after this much wall time.")
    Duration duration;

    @Option(names = "--live-days", paramLabel = "N", defaultValue = "5",
            description = "Simulated market: its last N sessions are replayed intraday (default ${DEFAULT-VALUE}).")
    int liveDays;

    @Option(names = "--sim-step", paramLabel = "DURATION", defaultValue = "5m", converter = Durations.class,
            description = "Simulated market: market time per evaluation (default ${DEFAULT-VALUE}; divides 390 minutes).")
    Duration simStep;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "lines", description = "lines | json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--webhook", paramLabel = "URL", description = "Also POST each alert to URL, signed with HMAC-SHA256 (header X-Technic-Signature).")
    String webhook;

    @Option(names = "--webhook-secret-file", paramLabel = "FILE",
            description = "The webhook's shared secret (at least 16 bytes). Default: $TECHNIC_WEBHOOK_SECRET.")
    Path webhookSecretFile;

    @Option(names = "--no-history", description = "Do not append alerts to the alert history (alerts.jsonl).")
    boolean noHistory;

    static boolean json(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "lines", "line", "text" -> false;
            case "json", "jsonl" -> true;
            default -> throw new CliException("--format " + format + " is not one of: lines, json");
        };
    }

    @Override
    public Integer call() throws Exception {
        boolean asJson = json(format);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (ticks < 0) {
            throw new CliException("--ticks must be >= 0, was " + ticks);
        }
        WatchConfig config = adHoc.isEmpty() ? dir.load(err) : adHocConfig();
        List<AlertRule> rules = select(config);
        WebhookSink hook = webhook == null ? null : new WebhookSink(webhook, secret());
        LiveSource live = LiveSources.parse(scan.source, liveDays, simStep);
        TickingMarket sim = live instanceof TickingMarket t ? t : null;
        Clock clock = sim != null ? new ManualClock(sim.timeOfStep(0)) : Clock.systemUTC();
        ScanRequest request = scan.toRequest(0);
        AlertHistory history = noHistory || !adHoc.isEmpty() ? null : AlertHistory.in(dir.path());
        err.printf(Locale.ROOT, "technic watch: %d rule%s on %s, every %s%s%n", rules.size(), rules.size() == 1 ? "" : "s",
                live.describe(), Durations.format(interval),
                sim != null ? " (market time +" + Durations.format(simStep) + " per evaluation, from "
                        + sim.liveSession(0) + ")" : "");
        err.flush();
        int alerts = 0;
        int suppressed = 0;
        int delivered = 0;
        long t0 = System.nanoTime();
        long i = 0;
        List<Long> tickNanos = new ArrayList<>();
        try (Scanner scanner = scan.scanner()) {
            MonitorState state = adHoc.isEmpty() ? new MonitorState(dir.path()) : null;
            Monitor monitor = new Monitor(config, rules, live, m -> scanner.submit(request, m, null).result().join(), clock,
                    state);
            if (state != null) {
                state.warnings().forEach(w -> err.println("technic: " + w));
                if (!monitor.restoredRules().isEmpty()) {
                    err.println("technic watch: resuming the alert triggers of " + String.join(", ",
                            monitor.restoredRules().stream().sorted().toList()) + " from " + state.file());
                }
                err.flush();
            }
            for (; ticks == 0 || i < ticks; i++) {
                if (duration != null && System.nanoTime() - t0 >= duration.toNanos()) {
                    break;
                }
                if (clock instanceof ManualClock mc) {
                    mc.set(sim.timeOfStep(i));
                }
                long s0 = System.nanoTime();
                Monitor.Tick t = monitor.tick();
                tickNanos.add(System.nanoTime() - s0);
                for (Alert a : t.alerts()) {
                    out.println(asJson ? a.json() : a.line());
                }
                out.flush();
                alerts += t.alerts().size();
                suppressed += t.suppressed();
                if (history != null) {
                    history.append(t.alerts());
                }
                if (hook != null) {
                    for (Alert a : t.alerts()) {
                        delivered += hook.deliver(a) ? 1 : 0;
                    }
                }
                boolean more = (ticks == 0 || i + 1 < ticks)
                        && (duration == null || System.nanoTime() - t0 < duration.toNanos());
                if (more && !interval.isZero()) {
                    Thread.sleep(interval);
                }
            }
        }
        List<Long> sorted = tickNanos.stream().sorted().toList();
        err.printf(Locale.ROOT, "technic watch: %d evaluations (median %.0f ms, max %.0f ms: snapshot, scan, rules), %d alerts,"
                + " %d dropped by cool-down%s%s%n", i, sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2) / 1e6,
                sorted.isEmpty() ? 0 : sorted.getLast() / 1e6, alerts, suppressed, hook == null ? "" : ", " + delivered + " delivered to the webhook",
                sim != null && i > sim.totalSteps() ? " (the simulated market closed after " + sim.totalSteps()
                        + " steps)" : "");
        return 0;
    }

    private WatchConfig adHocConfig() {
        if (when == null) {
            throw new CliException("--watch needs --when EXPR");
        }
        if (!lists.isEmpty() || !scans.isEmpty() || !ruleIds.isEmpty()) {
            throw new CliException("--watch runs one ad hoc rule; leave out --list, --scan and --rule");
        }
        return WatchConfig.empty().withWatchlist(new Watchlist("ad-hoc", adHoc))
                .put(AlertRule.condition("ad-hoc", "ad-hoc", when, rearm, cooldown));
    }

    private List<AlertRule> select(WatchConfig c) {
        if (when != null && adHoc.isEmpty()) {
            throw new CliException("--when needs --watch SYM,...; saved rules come from technic alert add");
        }
        for (String l : lists) {
            if (c.watchlist(l).isEmpty()) {
                throw new CliException("no watchlist named '" + l + "'");
            }
        }
        for (String s : scans) {
            if (c.scan(s).isEmpty()) {
                throw new CliException("no saved scan named '" + s + "'");
            }
        }
        List<AlertRule> out = new ArrayList<>();
        for (AlertRule r : c.rules()) {
            boolean byId = ruleIds.stream().anyMatch(id -> id.equals(r.id()));
            boolean byTarget = r.kind() == AlertRule.Kind.CONDITION
                    ? lists.stream().anyMatch(l -> l.strip().equalsIgnoreCase(r.target()))
                    : scans.stream().anyMatch(s -> s.strip().equalsIgnoreCase(r.target()));
            boolean all = ruleIds.isEmpty() && lists.isEmpty() && scans.isEmpty();
            if (all || byId || byTarget) {
                out.add(r);
            }
        }
        for (String id : ruleIds) {
            if (c.rules().stream().noneMatch(r -> r.id().equals(id))) {
                throw new CliException("no rule '" + id + "' (technic alert lists them)");
            }
        }
        if (out.isEmpty()) {
            throw new CliException("no alert rules to run in " + dir.store().file()
                    + "; add one with: technic alert add --list NAME --when EXPR (or try --watch SYM --when EXPR)");
        }
        return out;
    }

    private byte[] secret() throws IOException {
        String s;
        if (webhookSecretFile != null) {
            s = Files.readString(webhookSecretFile, StandardCharsets.UTF_8).strip();
        } else {
            s = System.getenv("TECHNIC_WEBHOOK_SECRET");
            if (s == null || s.isBlank()) {
                throw new CliException("--webhook needs a secret: --webhook-secret-file FILE or $TECHNIC_WEBHOOK_SECRET");
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
