package io.technic.app.cli;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.model.Contribution;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code technic explain SYMBOL}: why a symbol ranks where it does in a scan. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Explain a symbol's rank: MERIT's terms, the sub-scores and factors behind them.",
                "Runs the same scan as 'technic scan' with the same options, since ranks are relative to the universe."})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "Ticker to explain.")
    String symbol;

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptions scan;

    @Override
    public Integer call() {
        String sym = symbol.trim().toUpperCase(Locale.ROOT);
        ScanResult r;
        try (Scanner scanner = scan.scanner()) {
            r = scanner.run(scan.toRequest(0));
        }
        ScanRow row = r.rows().stream().filter(x -> x.symbol().equals(sym)).findFirst().orElse(null);
        if (row == null) {
            String why = r.filtered().stream().filter(f -> f.symbol().equals(sym))
                    .map(f -> "filtered by " + f.filter() + ": " + f.detail()).findFirst()
                    .orElseGet(() -> r.skipped().stream().filter(s -> s.symbol().equals(sym))
                            .map(s -> "skipped, " + s.reason() + ": " + s.detail()).findFirst()
                            .orElse("not in " + r.source()));
            throw new CliException(sym + " is not ranked in this scan (" + why + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s  %s  [%s]  as of %s%n", row.symbol(), row.info().name(), row.info().sector(), r.asOf());
        out.printf(Locale.ROOT, "rank %d of %d ranked (universe %d), profile %s, regime %s%n%n", row.rank(),
                r.accounting().ranked(), r.accounting().universe(), r.request().profile().id(),
                r.regime().describe());
        out.printf(Locale.ROOT, "MERIT %.1f =%n", row.score());
        for (Contribution c : row.contributions()) {
            out.printf(Locale.ROOT, "  %+7.2f  %-12s %6.1f x %5.3f%n", c.points(), c.name(), c.value(), c.weight());
        }
        out.println("\nscores (0-100)");
        for (Map.Entry<String, Double> e : row.scores().entrySet()) {
            out.printf(Locale.ROOT, "  %-14s %s%n", e.getKey(),
                    Double.isFinite(e.getValue()) ? String.format(Locale.ROOT, "%6.1f", e.getValue()) : "   n/a");
        }
        if (!row.forecasts().isEmpty()) {
            out.println("\nalpha forecasts (XGBoost; forward excess log return vs the index; percentile among the ranked)");
            for (Map.Entry<String, Double> e : row.forecasts().entrySet()) {
                var model = scan.models().stream().filter(m -> m.name().equals(e.getKey())).findFirst();
                out.printf(Locale.ROOT, "  %-14s %+7.3f %%  pct %5.1f%s%n", e.getKey(), 100 * e.getValue(),
                        row.scores().getOrDefault(e.getKey(), Double.NaN),
                        model.map(m -> String.format(Locale.ROOT, "   (%d sessions; out-of-sample rank IC %.3f, t %.1f)",
                                m.horizon(), m.metadata().oosRankIc(), m.metadata().oosRankIcT())).orElse(""));
            }
        }
        out.println("\nfactor exposures (z-scores vs the universe)");
        for (Map.Entry<String, Double> e : row.factors().entrySet()) {
            out.printf(Locale.ROOT, "  %-14s %s%n", e.getKey(),
                    Double.isFinite(e.getValue()) ? String.format(Locale.ROOT, "%+6.2f", e.getValue()) : "   n/a");
        }
        out.flush();
        return 0;
    }
}
