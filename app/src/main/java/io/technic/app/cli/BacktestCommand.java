package io.technic.app.cli;

import io.technic.app.context.Engine;
import io.technic.scanner.backtest.Backtest;
import io.technic.scanner.backtest.BacktestResult;
import io.technic.scanner.backtest.BacktestSpec;
import io.technic.scanner.backtest.BacktestWriters;
import io.technic.scanner.export.AtomicFile;
import io.technic.scanner.expr.Template;
import io.technic.scanner.model.Market;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code technic backtest}: a scan evaluated on every trading day of a range, with its picks' outcomes. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Backtest a scan: evaluate --scan and --rank-by on every trading day from --from to --to",
                "without look-ahead, and report the top N's forward 1/5/10/20-day returns against the index and the",
                "universe (hit rate, mean/median excess, quantiles) and the equity curve of an equal-weight top-N",
                "portfolio after costs."})
final class BacktestCommand implements Callable<Integer> {

    private static final java.util.regex.Pattern TEMPLATE_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "SPEC", defaultValue = "sim",
            description = "Data source: sim[:seed=N,symbols=N,bars=N] | csv:PATH[,index=PATH,meta=PATH] | store[:DIR]. Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(names = "--scan", paramLabel = "EXPR|TEMPLATE",
            description = {"The scan's condition in the scan language, e.g. \"close > sma(200) and rsi(14) < 30\", or the name",
                    "of a template (technic templates list), whose ranking and top N apply unless given (default: every symbol)."})
    String scan;

    @Option(names = "--template", paramLabel = "NAME", description = "Backtest a saved or built-in template (same as --scan NAME).")
    String template;

    @Option(names = "--rank-by", paramLabel = "EXPR",
            description = "Ranks each day's passing symbols, e.g. \"roc(close[21], 231) desc\" (12-1 momentum); add asc for lowest first.")
    String rankBy;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Picks per day. Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--from", paramLabel = "DATE", description = "First scan date (yyyy-MM-dd). Default: two years before --to.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last scan date (yyyy-MM-dd). Default: the source's last date.")
    LocalDate to;

    @Option(names = "--hold", paramLabel = "DAYS", defaultValue = "1",
            description = "Trading days between the portfolio's rebalances (1, 5, 10, 20, ...). Default: ${DEFAULT-VALUE}.")
    int hold;

    @Option(names = "--cost-bps", paramLabel = "BPS", defaultValue = "10",
            description = "Cost per unit of turnover in basis points (buying the whole portfolio is one unit). Default: ${DEFAULT-VALUE}.")
    double costBps;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Worker threads (0 = all cores). Never changes results.")
    int threads;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table | json | picks-csv (one row per day and pick) | equity-csv (one row per day). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!java.util.List.of("table", "json", "picks-csv", "equity-csv").contains(fmt)) {
            throw new CliException("unknown --format '" + format + "': use table, json, picks-csv or equity-csv");
        }
        String templateName = template;
        if (templateName == null && scan != null && TEMPLATE_NAME.matcher(scan.strip()).matches()
                && TemplatesCommand.store().find(scan.strip()).isPresent()) {
            templateName = scan.strip();
        }
        if (templateName != null) {
            Template t = TemplatesCommand.find(templateName);
            scan = template != null && scan != null ? scan : t.where();
            if (t.top() > 0 && !spec.commandLine().getParseResult().hasMatchedOption("--top")) {
                top = t.top();
            }
            if (rankBy == null) {
                rankBy = t.rankBy();
            }
        }
        if (rankBy == null) {
            throw new CliException("give --rank-by EXPR (e.g. \"roc(63) desc\" or \"merit desc\")");
        }
        // options and expressions are checked before any data is loaded
        LocalDate f = from != null ? from : to != null ? to : LocalDate.EPOCH;
        LocalDate t = to != null ? to : f;
        try {
            Backtest.check(new BacktestSpec(scan, rankBy, top, f, t, hold, costBps, threads));
        } catch (IllegalArgumentException e) {
            if (templateName == null) {
                throw e;
            }
            throw new CliException("template " + templateName + ": " + e.getMessage());
        }
        Market market = Engine.load(source);
        LocalDate last = market.lastDate();
        if (last == null) {
            throw new CliException("the source " + source + " holds no bars");
        }
        LocalDate end = to != null ? to : last;
        LocalDate start = from != null ? from : end.minusYears(2);
        BacktestResult result = Backtest.run(market, new BacktestSpec(scan, rankBy, top, start, end, hold, costBps, threads));
        if (out != null) {
            AtomicFile.writeText(out, w -> write(fmt, result, w));
            spec.commandLine().getErr().printf("wrote the %s backtest (%d dates, %d picks) to %s%n", fmt,
                    result.days().size(), result.days().stream().mapToInt(d -> d.picks().size()).sum(), out);
        } else {
            StringWriter text = new StringWriter();
            write(fmt, result, text);
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static void write(String fmt, BacktestResult r, Writer w) throws IOException {
        switch (fmt) {
            case "json" -> BacktestWriters.json(r, w);
            case "picks-csv" -> BacktestWriters.picksCsv(r, w);
            case "equity-csv" -> BacktestWriters.equityCsv(r, w);
            default -> BacktestWriters.table(r, w);
        }
    }
}
