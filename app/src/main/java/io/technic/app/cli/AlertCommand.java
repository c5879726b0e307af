package io.technic.app.cli;

import io.technic.scanner.watch.Alert;
import io.technic.scanner.watch.AlertHistory;
import io.technic.scanner.watch.AlertRule;
import io.technic.scanner.watch.SavedScan;
import io.technic.scanner.watch.WatchConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code technic alert}: alert rules and the alert history. */
@Command(name = "alert", mixinStandardHelpOptions = true,
        description = "Manage alert rules (conditions on a watchlist, new entrants to a saved scan) and read the alert history.",
        subcommands = {AlertCommand.Add.class, AlertCommand.Remove.class, AlertCommand.History.class})
final class AlertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WatchDir dir;

    @Override
    public Integer call() {
        WatchConfig c = dir.load(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (c.rules().isEmpty()) {
            out.println("no alert rules (technic alert add --list NAME --when EXPR)");
        }
        for (AlertRule r : c.rules()) {
            String what = r.kind() == AlertRule.Kind.CONDITION
                    ? "when " + r.when() + (r.rearm() == null ? "" : "  rearm " + r.rearm())
                    : describe(c.scan(r.target()).orElseThrow());
            out.printf("%-16s %-11s %-16s %s%s%n", r.id(), r.kind().key(), r.target(), what,
                    r.cooldown().isZero() ? "" : "  cooldown " + Durations.format(r.cooldown()));
        }
        return 0;
    }

    private static String describe(SavedScan s) {
        return "new in top " + s.top() + (s.where() == null ? "" : " where " + s.where())
                + (s.rankBy() == null ? "" : " rank by " + s.rankBy());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Add a rule. On a watchlist: --list NAME --when EXPR [--rearm EXPR];",
                "on a saved scan's new entrants: --scan NAME [--where EXPR] [--rank-by EXPR] [--top N].",
                "EXPR is the scan language plus 'rank' (MERIT rank), e.g. \"crosses_above(close, sma(50))\", \"rsi(14) < 30\", \"rank <= 20\"."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WatchDir dir;

        @Option(names = "--id", paramLabel = "ID", description = "Rule id (default: the list or scan name, numbered).")
        String id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        static final class Target {
            @Option(names = "--list", paramLabel = "NAME", description = "Watch a watchlist's symbols.")
            String list;

            @Option(names = "--scan", paramLabel = "NAME", description = "Watch a saved scan for new entrants (saved with --where/--rank-by/--top).")
            String scan;
        }

        @Option(names = "--when", paramLabel = "EXPR", description = "The condition (with --list).")
        String when;

        @Option(names = "--rearm", paramLabel = "EXPR", description = "Re-arm only when this holds (hysteresis; default: the condition is false).")
        String rearm;

        @Option(names = "--where", paramLabel = "EXPR", description = "The saved scan's condition (with --scan).")
        String where;

        @Option(names = "--rank-by", paramLabel = "EXPR", description = "The saved scan's ranking (with --scan; default MERIT).")
        String rankBy;

        @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Rows of the saved scan that count (default ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--cooldown", paramLabel = "DURATION", defaultValue = "0", converter = Durations.class,
                description = "Least time between two alerts of the rule for one symbol, e.g. 30m (default none).")
        Duration cooldown;

        @Override
        public Integer call() throws IOException {
            WatchConfig c = dir.load(spec.commandLine().getErr());
            AlertRule rule;
            if (target.list != null) {
                if (when == null) {
                    throw new CliException("--list needs --when EXPR");
                }
                if (where != null || rankBy != null) {
                    throw new CliException("--where and --rank-by belong to --scan; a list rule takes --when");
                }
                String name = c.watchlist(target.list).orElseThrow(() -> new CliException("no watchlist named '"
                        + target.list + "'")).name();
                rule = AlertRule.condition(id != null ? id : c.nextRuleId(slug(name)), name, when, rearm, cooldown);
            } else {
                if (when != null || rearm != null) {
                    throw new CliException("--when and --rearm belong to --list; a saved scan takes --where");
                }
                SavedScan s = new SavedScan(target.scan, where, rankBy, top);
                c = c.put(s);
                rule = AlertRule.newEntrant(id != null ? id : c.nextRuleId(slug(s.name())), s.name(), cooldown);
            }
            c = c.put(rule);
            dir.save(c);
            spec.commandLine().getOut().println("added rule " + rule.id());
            return 0;
        }

        private static String slug(String name) {
            String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
            return s.length() > 24 ? s.substring(0, 24) : s;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a rule.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WatchDir dir;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() throws IOException {
            dir.save(dir.load(spec.commandLine().getErr()).removeRule(id));
            spec.commandLine().getOut().println("removed rule " + id);
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "The last alerts (alerts.jsonl), oldest first.")
    static final class History implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WatchDir dir;

        @Option(names = "--last", paramLabel = "N", defaultValue = "50", description = "How many (default ${DEFAULT-VALUE}).")
        int last;

        @Option(names = "--format", paramLabel = "FMT", defaultValue = "lines", description = "lines | json (default ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() throws IOException {
            boolean json = WatchCommand.json(format);
            for (Alert a : AlertHistory.in(dir.path()).read(last)) {
                spec.commandLine().getOut().println(json ? a.json() : a.line());
            }
            return 0;
        }
    }
}
