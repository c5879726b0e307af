package io.technic.app.cli;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.UniverseFilter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code technic inspect SYMBOL}: every indicator's latest value for one symbol. */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the latest value of every indicator and score for one symbol.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "Ticker to inspect.")
    String symbol;

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptions scan;

    @Override
    public Integer call() {
        String sym = symbol.trim().toUpperCase(Locale.ROOT);
        scan.symbols = List.of(sym);
        var base = scan.toRequest(0);
        // Inspect explains one symbol: no price or liquidity floor hides it.
        var request = base.withFilter(new UniverseFilter(Set.of(sym), Set.of(), 0, Double.POSITIVE_INFINITY, 0, 0));
        ScanResult r;
        try (Scanner scanner = scan.scanner()) {
            r = scanner.run(request);
        }
        if (r.rows().isEmpty()) {
            String why = r.skipped().stream().map(s -> s.reason() + ": " + s.detail()).findFirst()
                    .orElse("no result");
            throw new CliException(sym + " could not be evaluated (" + why + ")");
        }
        ScanRow row = r.rows().get(0);
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s  %s  [%s / %s]  as of %s  (%s)%n%n", row.symbol(), row.info().name(),
                row.info().sector(), row.info().industry(), r.asOf(), r.source());
        out.println("scores");
        for (Map.Entry<String, Double> e : row.scores().entrySet()) {
            out.printf(Locale.ROOT, "  %-16s %10.2f%n", e.getKey(), e.getValue());
        }
        if (!row.forecasts().isEmpty()) {
            out.println("alpha forecasts (forward excess log return, %)");
            for (Map.Entry<String, Double> e : row.forecasts().entrySet()) {
                out.printf(Locale.ROOT, "  %-16s %10.3f%n", e.getKey(), 100 * e.getValue());
            }
        }
        out.println("indicators");
        List<String> names = row.schema().names();
        for (int i = 0; i < names.size(); i++) {
            out.printf(Locale.ROOT, "  %-16s %s%n", names.get(i), format(row.features()[i]));
        }
        out.flush();
        return 0;
    }

    private static String format(double v) {
        if (!Double.isFinite(v)) {
            return "       n/a";
        }
        double a = Math.abs(v);
        return a != 0 && (a >= 1e7 || a < 1e-3) ? String.format(Locale.ROOT, "%14.6g", v)
                : String.format(Locale.ROOT, "%14.4f", v);
    }
}
