package io.technic.scanner.backtest;

import io.technic.scanner.api.ScanListener;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.expr.Program;
import io.technic.scanner.expr.Screen;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The condition and ranking values of a scored backtest: the whole scan (features, scores,
 * cross-sectional ranks) run as of each scan date, the expressions evaluated on its rows at the
 * as-of bar exactly as a screen does. The scan reads no bar after its as-of date.
 */
final class ScoredDates {

    private ScoredDates() {}

    static void fill(Market market, BacktestSpec spec, int[] cal, int nDates, int threads, Scanner given,
                     byte[] state, double[] key) {
        Scanner scanner = given != null ? given
                : new Scanner(src -> market, new TechnicalFeatures(), new TechRating(), new Merit(false));
        try {
            BarColumns bars = market.bars();
            int nSym = market.size();
            Map<String, Integer> positions = market.positions();
            int[] day = bars.day();
            Program where = null;
            Program rank = null;
            Program.Workspace wsW = null;
            Program.Workspace wsR = null;
            for (int d = 0; d < nDates; d++) {
                LocalDate date = LocalDate.ofEpochDay(cal[d]);
                ScanRequest request = ScanRequest.of(market.source()).withFilter(UniverseFilter.none()).withAsOf(date)
                        .withTopN(0).withThreads(threads);
                ScanResult result = scanner.submit(request, market, ScanListener.NONE).result().join();
                if (rank == null && !result.rows().isEmpty()) {
                    // the scan's own vocabulary, so feature columns resolve as in technic scan --where
                    rank = Screen.compileProgram(spec.rankExpression(), result);
                    where = spec.where() == null ? null : Screen.compileProgram(spec.where(), result);
                    wsR = rank.workspace();
                    wsW = where == null ? null : where.workspace();
                }
                int lookback = request.lookback();
                int row0 = d * nSym;
                // a symbol with a bar today but no scan row (too little history, bad data) is unknown
                for (int s = 0; s < nSym; s++) {
                    int at = bars.lastIndexOnOrBefore(s, cal[d]);
                    state[row0 + s] = at >= bars.start(s) && day[at] == cal[d] ? Backtest.UNKNOWN : Backtest.NO_BAR;
                }
                for (ScanRow row : rank == null ? List.<ScanRow>of() : result.rows()) {
                    int s = positions.get(row.symbol());
                    if (state[row0 + s] == Backtest.NO_BAR) {
                        continue;
                    }
                    int at = bars.lastIndexOnOrBefore(s, cal[d]);
                    int from = Math.max(bars.start(s), at - lookback + 1);
                    double v = rank.evaluate(bars, from, at, row, wsR);
                    double cond = where == null ? 1 : where.evaluate(bars, from, at, row, wsW);
                    state[row0 + s] = cond == 0 ? Backtest.FILTERED
                            : cond == 1 && !Double.isNaN(v) ? Backtest.PASSED : Backtest.UNKNOWN;
                    key[row0 + s] = v;
                }
            }
        } finally {
            if (given == null) {
                scanner.close();
            }
        }
    }
}
