package io.technic.scanner.backtest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a {@link BacktestResult} as JSON, as CSV (per-day picks, or the equity curve) or as a
 * plain-text report. Non-finite numbers are written as {@code null} in JSON and empty in CSV.
 */
public final class BacktestWriters {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private BacktestWriters() {}

    /**
     * One JSON object: {@code spec}, {@code source}, {@code dataVersion}, {@code symbols},
     * {@code notes}, {@code summary}, {@code horizons} (statistics per forward horizon),
     * {@code equity} (one point per date) and {@code days} (accounting and picks per date, each
     * pick with its {@code forward} returns by horizon).
     */
    public static void json(BacktestResult r, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            BacktestSpec s = r.spec();
            g.writeObjectFieldStart("spec");
            g.writeStringField("where", s.where());
            g.writeStringField("rankBy", s.rankBy());
            g.writeNumberField("top", s.top());
            g.writeStringField("from", s.from().toString());
            g.writeStringField("to", s.to().toString());
            g.writeNumberField("hold", s.hold());
            g.writeNumberField("costBps", s.costBps());
            g.writeEndObject();
            g.writeStringField("source", r.source());
            g.writeStringField("dataVersion", r.dataVersion());
            g.writeNumberField("symbols", r.symbols());
            g.writeNumberField("dates", r.days().size());
            num(g, "millis", r.millis());
            g.writeArrayFieldStart("notes");
            for (String n : r.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            BacktestResult.Summary m = r.summary();
            g.writeObjectFieldStart("summary");
            num(g, "totalReturn", m.totalReturn());
            num(g, "annualReturn", m.annualReturn());
            num(g, "annualVolatility", m.annualVolatility());
            num(g, "sharpe", m.sharpe());
            num(g, "maxDrawdown", m.maxDrawdown());
            num(g, "indexTotalReturn", m.indexTotalReturn());
            num(g, "universeTotalReturn", m.universeTotalReturn());
            num(g, "meanTurnover", m.meanTurnover());
            num(g, "costPaid", m.costPaid());
            g.writeEndObject();
            g.writeArrayFieldStart("horizons");
            for (BacktestResult.HorizonStats h : r.horizons()) {
                g.writeStartObject();
                g.writeNumberField("horizon", h.horizon());
                g.writeNumberField("picks", h.picks());
                g.writeNumberField("dates", h.dates());
                num(g, "meanReturn", h.meanReturn());
                num(g, "universeMeanReturn", h.universeMeanReturn());
                num(g, "hitRateVsIndex", h.hitRateVsIndex());
                num(g, "hitRateVsUniverse", h.hitRateVsUniverse());
                num(g, "meanExcessVsIndex", h.meanExcessVsIndex());
                num(g, "medianExcessVsIndex", h.medianExcessVsIndex());
                num(g, "meanExcessVsUniverse", h.meanExcessVsUniverse());
                num(g, "medianExcessVsUniverse", h.medianExcessVsUniverse());
                num(g, "tStatVsUniverse", h.tStatVsUniverse());
                g.writeObjectFieldStart("quantilesVsUniverse");
                for (int k = 0; k < h.quantiles().length; k++) {
                    num(g, "p" + Math.round(h.quantileLevels()[k] * 100), h.quantiles()[k]);
                }
                g.writeEndObject();
                g.writeArrayFieldStart("histogramEdges");
                for (double e : h.histogramEdges()) {
                    g.writeNumber(e);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("histogram");
                for (int c : h.histogram()) {
                    g.writeNumber(c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("equity");
            for (BacktestResult.EquityPoint p : r.equity()) {
                g.writeStartObject();
                g.writeStringField("date", p.date().toString());
                num(g, "portfolio", p.portfolio());
                num(g, "index", p.index());
                num(g, "universe", p.universe());
                num(g, "turnover", p.turnover());
                g.writeNumberField("holdings", p.holdings());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("days");
            for (BacktestResult.Day d : r.days()) {
                g.writeStartObject();
                g.writeStringField("date", d.date().toString());
                g.writeNumberField("universe", d.universe());
                g.writeNumberField("passed", d.passed());
                g.writeNumberField("filtered", d.filtered());
                g.writeNumberField("unknown", d.unknown());
                g.writeNumberField("noBar", d.noBar());
                horizons(g, "indexReturn", d.indexReturn());
                horizons(g, "universeReturn", d.universeReturn());
                g.writeArrayFieldStart("picks");
                for (BacktestResult.Pick p : d.picks()) {
                    g.writeStartObject();
                    g.writeNumberField("rank", p.rank());
                    g.writeStringField("symbol", p.symbol());
                    num(g, "value", p.value());
                    horizons(g, "forward", p.forward());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }

    private static void horizons(JsonGenerator g, String name, double[] v) throws IOException {
        g.writeObjectFieldStart(name);
        for (int h = 0; h < Backtest.HORIZONS.length; h++) {
            num(g, Backtest.HORIZONS[h] + "d", v[h]);
        }
        g.writeEndObject();
    }

    private static void num(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(name, v);
        } else {
            g.writeNullField(name);
        }
    }

    /** One row per pick: {@code date,rank,symbol,value,fwd1d,fwd5d,fwd10d,fwd20d,index1d..,universe1d..}. */
    public static void picksCsv(BacktestResult r, Writer out) throws IOException {
        StringBuilder head = new StringBuilder("date,rank,symbol,value");
        for (String p : new String[] {"fwd", "index", "universe"}) {
            for (int h : Backtest.HORIZONS) {
                head.append(',').append(p).append(h).append('d');
            }
        }
        out.write(head.append('\n').toString());
        StringBuilder line = new StringBuilder();
        for (BacktestResult.Day d : r.days()) {
            for (BacktestResult.Pick p : d.picks()) {
                line.setLength(0);
                line.append(d.date()).append(',').append(p.rank()).append(',').append(p.symbol()).append(',')
                        .append(csv(p.value()));
                for (double[] v : new double[][] {p.forward(), d.indexReturn(), d.universeReturn()}) {
                    for (double x : v) {
                        line.append(',').append(csv(x));
                    }
                }
                out.write(line.append('\n').toString());
            }
        }
        out.flush();
    }

    /** One row per date: {@code date,portfolio,index,universe,turnover,holdings,passed,filtered,unknown,noBar}. */
    public static void equityCsv(BacktestResult r, Writer out) throws IOException {
        out.write("date,portfolio,index,universe,turnover,holdings,passed,filtered,unknown,noBar\n");
        for (int i = 0; i < r.equity().size(); i++) {
            BacktestResult.EquityPoint p = r.equity().get(i);
            BacktestResult.Day d = r.days().get(i);
            out.write(p.date() + "," + csv(p.portfolio()) + "," + csv(p.index()) + "," + csv(p.universe()) + ","
                    + csv(p.turnover()) + "," + p.holdings() + "," + d.passed() + "," + d.filtered() + ","
                    + d.unknown() + "," + d.noBar() + "\n");
        }
        out.flush();
    }

    private static String csv(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    /** A plain-text report: the run, the portfolio's figures, the statistics per horizon, the last date's picks. */
    public static void table(BacktestResult r, Writer w) {
        PrintWriter out = w instanceof PrintWriter pw ? pw : new PrintWriter(w);
        BacktestSpec s = r.spec();
        BacktestResult.Day first = r.days().getFirst();
        BacktestResult.Day last = r.days().getLast();
        out.printf(Locale.ROOT, "Backtest of %s on %s: %d symbols, %d dates %s to %s, top %d by %s, hold %d, cost %.1f bps (%.0f ms)%n",
                s.where() == null ? "every symbol" : "'" + s.where() + "'", r.source(), r.symbols(), r.days().size(),
                first.date(), last.date(), s.top(), s.rankBy(), s.hold(), s.costBps(), r.millis());
        for (String n : r.notes()) {
            out.println("note: " + n);
        }
        BacktestResult.Summary m = r.summary();
        out.printf(Locale.ROOT, "Portfolio  total %s  annual %s  vol %s  Sharpe %.2f  max drawdown %s  turnover %.2f/rebalance  costs %s%n",
                pct(m.totalReturn()), pct(m.annualReturn()), pct(m.annualVolatility()), m.sharpe(),
                pct(m.maxDrawdown()), m.meanTurnover(), pct(m.costPaid()));
        out.printf(Locale.ROOT, "Index      total %s   Universe (equal weight) total %s%n",
                pct(m.indexTotalReturn()), pct(m.universeTotalReturn()));
        out.println();
        out.printf(Locale.ROOT, "%-8s %7s %9s %9s %8s %8s %10s %10s %10s %10s %7s%n", "horizon", "picks", "mean",
                "universe", "hit/idx", "hit/uni", "mean-x/idx", "med-x/idx", "mean-x/uni", "med-x/uni", "t/uni");
        for (BacktestResult.HorizonStats h : r.horizons()) {
            out.printf(Locale.ROOT, "%-8s %7d %9s %9s %8s %8s %10s %10s %10s %10s %7.2f%n", h.horizon() + "d",
                    h.picks(), pct(h.meanReturn()), pct(h.universeMeanReturn()), pct(h.hitRateVsIndex()),
                    pct(h.hitRateVsUniverse()), pct(h.meanExcessVsIndex()), pct(h.medianExcessVsIndex()),
                    pct(h.meanExcessVsUniverse()), pct(h.medianExcessVsUniverse()), h.tStatVsUniverse());
        }
        out.println();
        out.printf(Locale.ROOT, "Picks on %s (%d passed, %d filtered, %d unknown, %d without a bar):%n", last.date(),
                last.passed(), last.filtered(), last.unknown(), last.noBar());
        for (BacktestResult.Pick p : last.picks()) {
            out.printf(Locale.ROOT, "%4d  %-8s %12.4f%n", p.rank(), p.symbol(), p.value());
        }
        out.flush();
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", v * 100) : "-";
    }
}
