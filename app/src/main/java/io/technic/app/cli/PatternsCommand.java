package io.technic.app.cli;

import io.technic.scanner.api.BarSources;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.pattern.Breakouts;
import io.technic.scanner.pattern.Pattern;
import io.technic.scanner.pattern.Patterns;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code technic patterns SYMBOL}: the candlestick and breakout patterns that fired on recent bars. */
@Command(name = "patterns", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the candlestick patterns (TA-Lib's CDL set) and breakout patterns that fired on each of",
                "a symbol's last bars, with their direction."})
final class PatternsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "Ticker to examine.")
    String symbol;

    @Option(names = "--source", paramLabel = "SPEC", defaultValue = "sim",
            description = "Data source: sim[:seed=N,symbols=N,bars=N] | csv:PATH[,...] | store[:DIR]. Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Last bar to examine (yyyy-MM-dd). Default: the symbol's last bar.")
    LocalDate asOf;

    @Option(names = "--days", paramLabel = "N", defaultValue = "10", description = "Bars to list, ending at --as-of. Default: ${DEFAULT-VALUE}.")
    int days;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (days < 1) {
            throw new CliException("--days must be at least 1: " + days);
        }
        String sym = symbol.trim().toUpperCase(Locale.ROOT);
        Market market = BarSources.parse(source).load();
        int s = market.indexOf(sym);
        if (s < 0) {
            throw new CliException("unknown symbol " + sym + " in " + market.source());
        }
        BarColumns bars = market.bars();
        int from = bars.start(s);
        int to = bars.end(s);
        if (asOf != null) {
            int day = (int) asOf.toEpochDay();
            while (to > from && bars.day()[to - 1] > day) {
                to--;
            }
        }
        if (to == from) {
            throw new CliException(sym + " has no bars" + (asOf != null ? " on or before " + asOf : ""));
        }
        List<List<String>> fired = evaluate(bars, from, to);
        int first = Math.max(from, to - days);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s  %s  patterns on the last %d bars to %s (%s)%n", sym,
                market.symbols().get(s).name(), to - first, LocalDate.ofEpochDay(bars.day()[to - 1]), market.source());
        for (int i = first; i < to; i++) {
            List<String> names = fired.get(i - from);
            out.printf(Locale.ROOT, "%s  %10.2f  %s%n", LocalDate.ofEpochDay(bars.day()[i]), bars.close()[i],
                    names.isEmpty() ? "-" : String.join(", ", names));
        }
        if (to - from <= Patterns.maxLookback()) {
            out.printf(Locale.ROOT, "(only %d bars of history: patterns needing more are not evaluated)%n", to - from);
        }
        out.flush();
        return 0;
    }

    /** For each bar of {@code [from, to)}, the patterns that fired there as "Title (direction)". */
    private static List<List<String>> evaluate(BarColumns b, int from, int to) {
        List<List<String>> fired = new ArrayList<>();
        for (int i = from; i < to; i++) {
            fired.add(new ArrayList<>());
        }
        int[] out = new int[b.barCount()];
        for (Pattern p : Patterns.all()) {
            p.compute(b.open(), b.high(), b.low(), b.close(), from, to, out);
            collect(out, from, to, fired, p.title(), p::direction);
        }
        for (Breakouts.Breakout br : Breakouts.all()) {
            br.compute(b.open(), b.high(), b.low(), b.close(), b.volume(), from, to, out);
            collect(out, from, to, fired, br.title(), v -> v > 0 ? Pattern.Direction.BULLISH : Pattern.Direction.BEARISH);
        }
        return fired;
    }

    private static void collect(int[] out, int from, int to, List<List<String>> fired, String title,
                                java.util.function.IntFunction<Pattern.Direction> direction) {
        for (int i = from; i < to; i++) {
            int v = out[i];
            if (v != 0) {
                String confirmed = Math.abs(v) == 200 ? ", confirmed" : "";
                fired.get(i - from).add(title + " (" + direction.apply(v).word() + confirmed + ")");
            }
        }
    }
}
