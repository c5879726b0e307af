package io.technic.scanner.expr;

import io.technic.scanner.model.Accounting;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.FilteredSymbol;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trader's own screen on a scan result: a {@code where} condition and a {@code rank by}
 * column, both in the scan language (see {@link Program}).
 *
 * <p>Semantics: the screen runs on the ranked rows, after the cross-sectional scores, so
 * {@code merit > 70} means the MERIT the universe gave; rows whose condition is false or unknown
 * move to {@code filtered} under the filter name {@value #WHERE} with the reason, so every symbol
 * stays accounted for. {@code rank by} re-orders the remaining rows by the expression's value
 * (descending unless {@code asc}; unknown values last, ties by symbol) and renumbers them.
 */
public final class Screen {

    /** Filter name of rows a {@code where} condition removed. */
    public static final String WHERE = "where";

    private final Program where;
    private final Program rankBy;
    private final boolean ascending;

    private Screen(Program where, Program rankBy, boolean ascending) {
        this.where = where;
        this.rankBy = rankBy;
        this.ascending = ascending;
    }

    /**
     * Compiles a screen for the names of {@code result}.
     *
     * @param where  a condition, or null/blank for none
     * @param rankBy a numeric expression optionally followed by {@code asc} or {@code desc}, or null/blank
     * @throws ExprException naming the problem with line:column
     */
    public static Screen compile(String where, String rankBy, ScanResult result) {
        Program.Vocabulary v = vocabulary(result);
        Program w = null;
        if (where != null && !where.isBlank()) {
            w = Program.compile(where, v);
            if (w.type() != Program.Type.BOOLEAN) {
                throw new ExprException("a where clause must be a condition (e.g. rsi(14) < 30)", where, 0);
            }
        }
        Program r = null;
        boolean asc = false;
        if (rankBy != null && !rankBy.isBlank()) {
            String s = rankBy.strip();
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.endsWith(" asc") || lower.endsWith(" desc")) {
                asc = lower.endsWith(" asc");
                s = s.substring(0, s.lastIndexOf(' ')).strip();
            }
            r = Program.compile(s, v);
            if (r.type() != Program.Type.NUMBER) {
                throw new ExprException("rank by needs a number (e.g. roc(63) desc)", s, 0);
            }
        }
        return new Screen(w, r, asc);
    }

    /** Compiles one expression against the names of {@code result} (features, scores, factors). */
    public static Program compileProgram(String source, ScanResult result) {
        return Program.compile(source, vocabulary(result));
    }

    private static Program.Vocabulary vocabulary(ScanResult result) {
        List<String> scores = new ArrayList<>();
        if (!result.rows().isEmpty()) {
            scores.addAll(result.rows().getFirst().scores().keySet());
            scores.addAll(result.rows().getFirst().factors().keySet());
        }
        return new Program.Vocabulary(result.schema().names(), scores);
    }

    /** Applies the screen to {@code result}, which ran on {@code market}. */
    public ScanResult apply(ScanResult result, Market market) {
        if (where == null && rankBy == null) {
            return result;
        }
        BarColumns bars = market.bars();
        Map<String, Integer> positions = market.positions();
        int asOfDay = (int) result.asOf().toEpochDay();
        int lookback = result.request().lookback();
        Program.Workspace ws = (where != null ? where : rankBy).workspace();
        Program.Workspace rankWs = rankBy == null ? null : rankBy.workspace();
        List<ScanRow> kept = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        List<FilteredSymbol> filtered = new ArrayList<>(result.filtered());
        for (ScanRow row : result.rows()) {
            int s = positions.getOrDefault(row.symbol(), -1);
            if (s < 0) {
                throw new IllegalArgumentException(row.symbol() + " is not in the market " + market.source());
            }
            int at = bars.lastIndexOnOrBefore(s, asOfDay);
            int from = lookback == 0 ? bars.start(s) : Math.max(bars.start(s), at - lookback + 1);
            if (where != null) {
                double v = where.evaluate(bars, from, at, row, ws);
                if (v != 1) {
                    filtered.add(new FilteredSymbol(row.symbol(), WHERE,
                            (Double.isNaN(v) ? "unknown (too little history): " : "false: ") + where.source()));
                    continue;
                }
            }
            kept.add(row);
            keys.add(rankBy == null ? 0.0 : rankBy.evaluate(bars, from, at, row, rankWs));
        }
        List<ScanRow> rows = kept;
        if (rankBy != null) {
            Integer[] order = new Integer[kept.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Comparator<Integer> byKey = (a, b) -> {
                double x = keys.get(a);
                double y = keys.get(b);
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
                }
                return ascending ? Double.compare(x, y) : Double.compare(y, x);
            };
            java.util.Arrays.sort(order, byKey.thenComparing(i -> kept.get(i).symbol()));
            rows = new ArrayList<>(kept.size());
            for (Integer i : order) {
                rows.add(kept.get(i));
            }
        }
        List<ScanRow> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ScanRow r = rows.get(i);
            ranked.add(r.rank() == i + 1 ? r : new ScanRow(i + 1, r.info(), r.score(), r.scores(), r.factors(),
                    r.contributions(), r.features(), r.schema(), r.forecasts()));
        }
        Accounting a = result.accounting();
        return new ScanResult(result.request(), result.asOf(), result.source(), result.dataVersion(), result.schema(),
                ranked, filtered, result.skipped(), result.regime(),
                new Accounting(a.universe(), ranked.size(), filtered.size(), a.skipped()), result.metrics());
    }
}
