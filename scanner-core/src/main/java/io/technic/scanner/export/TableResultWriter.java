package io.technic.scanner.export;

import io.technic.scanner.analytics.ScanAnalytics;
import io.technic.scanner.feature.Features;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.SkipReason;
import io.technic.scanner.model.SkippedSymbol;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.io.IOException;
import java.io.Writer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Renders a result as an aligned text table for a terminal, with a summary header and footer. */
public final class TableResultWriter {

    private TableResultWriter() {}

    private record Col(String title, int width, boolean left, Function<ScanRow, String> value) {}

    private static final Col[] COLS = {
        new Col("#", 5, false, r -> Integer.toString(r.rank())),
        new Col("Symbol", 7, true, ScanRow::symbol),
        new Col("Name", 20, true, r -> cut(r.info().name(), 20)),
        new Col("Sector", 16, true, r -> cut(r.info().sector(), 16)),
        new Col("Close", 10, false, r -> num(r.feature(Features.CLOSE), 2)),
        new Col("MERIT", 5, false, r -> num(r.scores().get(Merit.MERIT), 1)),
        new Col("Tech", 5, false, r -> num(r.scores().get(TechRating.TECH_RATING), 1)),
        new Col("Qual", 4, false, r -> num(r.scores().get(Merit.QUALITY), 0)),
        new Col("ICS", 4, false, r -> num(r.scores().get(Merit.ICS), 0)),
        new Col("RS", 4, false, r -> num(r.scores().get(Merit.RS_RANK), 0)),
        new Col("Trend", 5, false, r -> num(r.scores().get(TechRating.TREND), 0)),
        new Col("Mom", 4, false, r -> num(r.scores().get(TechRating.MOMENTUM), 0)),
        new Col("RSI", 5, false, r -> num(r.feature(Features.RSI_14), 1)),
        new Col("ADX", 5, false, r -> num(r.feature(Features.ADX_14), 1)),
        new Col("ATR%", 5, false, r -> num(r.feature(Features.ATR_PCT), 2)),
        new Col("RelVol", 6, false, r -> num(r.feature(Features.REL_VOLUME_20), 2)),
        new Col("52wHi%", 7, false, r -> num(100 * r.feature(Features.DIST_52W_HIGH), 1)),
    };

    /**
     * The fixed columns, then per alpha model (when the rows have forecasts) its percentile
     * ({@code Alpha5d}) and raw forecast in percent ({@code Raw5d%}), after MERIT's components.
     */
    private static List<Col> columns(ScanResult r) {
        List<Col> cols = new ArrayList<>(Arrays.asList(COLS));
        if (r.top().isEmpty() || r.top().get(0).forecasts().isEmpty()) {
            return cols;
        }
        int at = 0;
        while (!cols.get(at++).title().equals("RS")) {
            // the alpha columns go right after RS, the last of MERIT's components
        }
        for (String name : r.top().get(0).forecasts().keySet()) {
            String tag = name.startsWith("alpha") ? name.substring(5) : name;
            cols.add(at++, new Col("Alpha" + tag, 7, false, x -> num(x.scores().get(name), 0)));
            cols.add(at++, new Col("Raw" + tag + "%", 7, false, x -> num(pct(x.forecasts().get(name)), 2)));
        }
        return cols;
    }

    private static Double pct(Double fraction) {
        return fraction == null ? null : 100 * fraction;
    }

    public static void write(ScanResult r, Writer out) throws IOException {
        write(r, ScanAnalytics.NONE, out);
    }

    /** Also prints position sizing for the shown rows and the option ideas, when present. */
    public static void write(ScanResult r, ScanAnalytics analytics, Writer out) throws IOException {
        PrintWriter w = new PrintWriter(out);
        var a = r.accounting();
        w.printf(Locale.ROOT, "Technic scan  source=%s  as-of=%s  profile=%s%n", r.source(), r.asOf(),
                r.request().profile().id());
        w.printf(Locale.ROOT, "universe %,d: ranked %,d, filtered %,d, skipped %,d   showing %,d   regime %s%n%n",
                a.universe(), a.ranked(), a.filtered(), a.skipped(), r.top().size(), r.regime() == null ? "-" : r.regime().describe());
        StringBuilder sb = new StringBuilder();
        List<Col> cols = columns(r);
        for (Col c : cols) {
            pad(sb, c.title(), c.width(), c.left());
        }
        w.println(sb.toString().stripTrailing());
        for (ScanRow row : r.top()) {
            sb.setLength(0);
            for (Col c : cols) {
                pad(sb, c.value().apply(row), c.width(), c.left());
            }
            w.println(sb.toString().stripTrailing());
        }
        w.println();
        sizing(w, r, analytics);
        ideas(w, analytics);
        portfolio(w, analytics);
        if (!r.filtered().isEmpty()) {
            Map<String, Integer> byFilter = new TreeMap<>();
            r.filtered().forEach(f -> byFilter.merge(f.filter(), 1, Integer::sum));
            w.println("filtered by " + byFilter);
        }
        if (!r.skipped().isEmpty()) {
            Map<SkipReason, Integer> byReason = new TreeMap<>();
            r.skipped().forEach(s -> byReason.merge(s.reason(), 1, Integer::sum));
            w.println("skipped " + byReason);
            int shown = 0;
            for (SkippedSymbol s : r.skipped()) {
                if (shown++ == 5) {
                    w.println("  ... (--format json lists every one)");
                    break;
                }
                w.println("  " + s.symbol() + ": " + s.reason() + " (" + s.detail() + ")");
            }
        }
        var m = r.metrics();
        StringBuilder stages = new StringBuilder();
        m.stageMillis().forEach((k, v) -> stages.append(String.format(Locale.ROOT, " %s %.1f", k.toLowerCase(Locale.ROOT), v)));
        w.printf(Locale.ROOT, "time %.1f ms (%s ms), %,.0f symbols/s on %d threads%n", m.totalMillis(),
                stages.toString().trim(), m.symbolsPerSecond(), m.threads());
        w.flush();
    }

    private static void sizing(PrintWriter w, ScanResult r, ScanAnalytics a) {
        if (a.sizing().isEmpty()) {
            return;
        }
        w.println("position sizing (ATR stop; expected move is 1 sigma over the horizon)");
        w.printf(Locale.ROOT, "%-7s %10s %10s %6s %8s %12s %6s %9s%n", "Symbol", "Close", "Stop", "Stop%", "Shares",
                "Value", "%Acct", "ExpMove%");
        for (ScanRow row : r.top()) {
            var p = a.sizing().get(row.symbol());
            if (p != null) {
                w.printf(Locale.ROOT, "%-7s %10.2f %10.2f %6.2f %,8d %,12.0f %6.1f %9.2f%s%n", row.symbol(), p.close(),
                        p.stopPrice(), p.stopDistancePct(), p.shares(), p.positionValueUsd(), p.positionPctOfAccount(),
                        p.expectedMovePct(), p.cappedByMaxPosition() ? "  (capped)" : "");
            }
        }
        w.println();
    }

    private static void ideas(PrintWriter w, ScanAnalytics a) {
        if (a.optionIdeas().isEmpty()) {
            return;
        }
        w.println("option ideas  [" + a.optionIdeas().get(0).label() + "]");
        for (var i : a.optionIdeas()) {
            StringBuilder legs = new StringBuilder();
            for (var leg : i.legs()) {
                legs.append(String.format(Locale.ROOT, "%s %s %s @ %.2f; ", leg.action(), leg.instrument(),
                        num(leg.strike(), 2), leg.price()));
            }
            w.printf(Locale.ROOT, "  %-6s %-17s %s net %s, max loss %s, max gain %s, breakeven %s (%d d, move +/-%.1f%%)%n",
                    i.symbol(), i.structure(), legs, num(i.netDebit(), 2), num(i.maxLoss(), 2), num(i.maxGain(), 2),
                    num(i.breakeven(), 2), i.horizonDays(), i.expectedMovePct());
        }
        w.println();
    }

    private static void portfolio(PrintWriter w, ScanAnalytics a) {
        var p = a.portfolio();
        if (p == null) {
            return;
        }
        w.printf(Locale.ROOT, "portfolio of the top %d: Ledoit-Wolf covariance (shrinkage %.2f) of %d daily returns %s..%s,"
                + " caps %.0f%% per name, %.0f%% per sector%s%n", p.symbols().size(), p.shrinkageIntensity(),
                p.observations(), p.firstDate(), p.lastDate(), 100 * p.maxWeight(), 100 * p.sectorCap(),
                p.capsRelaxed() ? " (relaxed to be feasible)" : "");
        w.printf(Locale.ROOT, "%-7s %-18s %12s %12s%n", "Symbol", "Sector", "RiskParity%", "MinVar%");
        for (int i = 0; i < p.symbols().size(); i++) {
            w.printf(Locale.ROOT, "%-7s %-18s %12.2f %12.2f%n", p.symbols().get(i), cut(p.sectors().get(i), 18),
                    100 * p.riskParityWeights()[i], 100 * p.minVarianceWeights()[i]);
        }
        w.printf(Locale.ROOT, "%-26s %12.2f %12.2f  (annualized volatility, %%)%n%n", "", 100 * p.riskParityVolatility(),
                100 * p.minVarianceVolatility());
    }

    private static void pad(StringBuilder sb, String s, int width, boolean left) {
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        int gap = Math.max(0, width - s.length());
        if (left) {
            sb.append(s).append(" ".repeat(gap));
        } else {
            sb.append(" ".repeat(gap)).append(s);
        }
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String num(Double v, int decimals) {
        return v == null || !Double.isFinite(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
