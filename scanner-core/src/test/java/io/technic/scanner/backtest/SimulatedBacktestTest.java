package io.technic.scanner.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.expr.Program;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Backtests on the simulated market, whose planted effects a backtest must find. */
class SimulatedBacktestTest {

    private static Market market;
    private static LocalDate from;
    private static LocalDate to;

    @BeforeAll
    static void load() {
        market = new SimulatedMarket(new SimulationSpec(7, 1500, 800, LocalDate.of(2026, 6, 30))).load();
        int[] cal = Backtest.calendar(market);
        from = LocalDate.ofEpochDay(cal[290]);
        to = LocalDate.ofEpochDay(cal[cal.length - 21]);
    }

    private static BacktestResult.HorizonStats stats(BacktestResult r, int horizon) {
        return r.horizons().stream().filter(h -> h.horizon() == horizon).findFirst().orElseThrow();
    }

    @Test
    void twelveMinusOneMomentumWinnersBeatTheUniverseAndLosersTrailIt() {
        // the planted 12-1 momentum: log return from 252 to 21 bars back
        BacktestResult winners = Backtest.run(market,
                BacktestSpec.of("close > 5", "roc(close[21], 231) desc", 50, from, to));
        BacktestResult losers = Backtest.run(market,
                BacktestSpec.of("close > 5", "roc(close[21], 231) asc", 50, from, to));
        for (int h : new int[] {1, 5, 20}) {
            BacktestResult.HorizonStats w = stats(winners, h);
            BacktestResult.HorizonStats l = stats(losers, h);
            System.out.printf("[backtest] sim momentum %2dd: winners mean excess %.4f%% (t %.2f, hit %.1f%%), losers %.4f%% (t %.2f)%n",
                    h, 100 * w.meanExcessVsUniverse(), w.tStatVsUniverse(), 100 * w.hitRateVsUniverse(),
                    100 * l.meanExcessVsUniverse(), l.tStatVsUniverse());
            assertThat(w.meanExcessVsUniverse()).as("winners %dd", h).isPositive();
            assertThat(l.meanExcessVsUniverse()).as("losers %dd", h).isNegative();
        }
        // significant on the 1-day horizon, where every date is a non-overlapping observation
        assertThat(stats(winners, 1).tStatVsUniverse()).isGreaterThan(3);
        assertThat(stats(losers, 1).tStatVsUniverse()).isLessThan(-2);
        assertThat(winners.summary().totalReturn()).isGreaterThan(winners.summary().universeTotalReturn());
        System.out.printf("[backtest] sim momentum portfolio %.1f%% vs universe %.1f%%, max drawdown %.1f%%, %.0f ms%n",
                100 * winners.summary().totalReturn(), 100 * winners.summary().universeTotalReturn(),
                100 * winners.summary().maxDrawdown(), winners.millis());
    }

    @Test
    void everySymbolIsAccountedForOnEveryDate() {
        BacktestResult r = Backtest.run(market,
                BacktestSpec.of("close > sma(50) and rsi(14) < 70", "roc(63) desc", 20, from, to));
        assertThat(r.days()).hasSize(r.equity().size()).isNotEmpty();
        for (BacktestResult.Day d : r.days()) {
            assertThat(d.passed() + d.filtered() + d.unknown() + d.noBar()).isEqualTo(market.size());
            assertThat(d.picks()).hasSize(Math.min(20, d.passed()));
            for (int k = 1; k < d.picks().size(); k++) {
                assertThat(d.picks().get(k - 1).value()).isGreaterThanOrEqualTo(d.picks().get(k).value());
            }
        }
        assertThat(r.days().stream().mapToInt(BacktestResult.Day::filtered).sum()).isPositive();
        assertThat(r.days().stream().mapToInt(BacktestResult.Day::noBar).sum()).as("IPOs").isPositive();
    }

    @Test
    void truncatingTheDataAfterADayLeavesThatDaysPicksBitForBit() {
        String where = "close > sma(50) and crosses_above(ema(12), ema(26)) within 10 bars or rsi(14) < 35"
                + " or engulfing > 0 within 3 bars or new_high_on_volume > 0";
        String rank = "roc(20) + atr(14) / close desc";
        assertNoLookAhead(where, rank, new int[] {300, 450, 600});
    }

    @Test
    void weeklyAndMonthlyTermsDoNotLookAhead() {
        // the cuts fall mid-week and mid-month: the current week and month are partial there
        int[] cal = Backtest.calendar(market);
        int[] cuts = {302, 451};
        assertThat(java.util.Arrays.stream(cuts).mapToObj(c -> LocalDate.ofEpochDay(cal[c]).getDayOfWeek()))
                .anySatisfy(d -> assertThat(d.getValue()).isLessThan(5));
        assertNoLookAhead("weekly.close > weekly.sma(10) and monthly.rsi(6) < 60 or crosses_above(weekly.ema(3), weekly.ema(8))",
                "weekly.roc(4) + monthly.close[1] / close desc", cuts);
    }

    private static void assertNoLookAhead(String where, String rank, int[] cuts) {
        BacktestResult full = Backtest.run(market, BacktestSpec.of(where, rank, 15, from, to));
        int[] cal = Backtest.calendar(market);
        assertThat(full.days().stream().mapToInt(BacktestResult.Day::passed).sum()).isPositive();
        for (int cut : cuts) {
            LocalDate t = LocalDate.ofEpochDay(cal[cut]);
            BacktestResult cutRun = Backtest.run(truncate(market, t), BacktestSpec.of(where, rank, 15, from, t));
            assertThat(cutRun.days().getLast().date()).isEqualTo(t);
            for (int d = 0; d < cutRun.days().size(); d++) {
                BacktestResult.Day a = full.days().get(d);
                BacktestResult.Day b = cutRun.days().get(d);
                assertThat(b.date()).isEqualTo(a.date());
                assertThat(List.of(b.passed(), b.filtered(), b.unknown(), b.noBar()))
                        .as("accounting on %s", a.date()).isEqualTo(List.of(a.passed(), a.filtered(), a.unknown(), a.noBar()));
                assertThat(b.picks()).hasSameSizeAs(a.picks());
                for (int k = 0; k < a.picks().size(); k++) {
                    assertThat(b.picks().get(k).symbol()).isEqualTo(a.picks().get(k).symbol());
                    assertThat(Double.doubleToRawLongBits(b.picks().get(k).value()))
                            .as("%s on %s", a.picks().get(k).symbol(), a.date())
                            .isEqualTo(Double.doubleToRawLongBits(a.picks().get(k).value()));
                }
            }
            // the cut run knows no future: the last day's forward returns are unknown
            assertThat(cutRun.days().getLast().picks()).allSatisfy(p -> assertThat(p.forward()[0]).isNaN());
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        BacktestSpec spec = BacktestSpec.of("rsi(14) < 60", "roc(10) desc", 10, from, to);
        BacktestResult one = Backtest.run(market, spec.withThreads(1));
        BacktestResult three = Backtest.run(market, spec.withThreads(3));
        for (int d = 0; d < one.days().size(); d++) {
            assertThat(three.days().get(d).picks().stream().map(BacktestResult.Pick::symbol).toList())
                    .isEqualTo(one.days().get(d).picks().stream().map(BacktestResult.Pick::symbol).toList());
        }
        assertThat(three.summary()).isEqualTo(one.summary());
    }

    @Test
    void theSeriesEvaluationMatchesTheScansPointEvaluation() {
        Program p = Program.compileBarsOnly("max(sma(20), ema(close[2], 10)) - highest(5) + rvol(20) * roc(5)",
                Backtest.refusedNames(), Backtest.REFUSAL);
        BarColumns bars = market.bars();
        Program.Workspace ws = p.workspace();
        for (int s = 0; s < 40; s++) {
            ScanRow row = new ScanRow(0, market.symbols().get(s), 0, Map.of(), Map.of(), List.of(), new double[0],
                    new io.technic.scanner.model.FeatureSchema(List.of()));
            int start = bars.start(s);
            double[] series = new double[bars.length(s)];
            p.evaluateSeries(bars, start, bars.end(s), row, ws, series);
            for (int i = start; i < bars.end(s); i += 7) {
                double point = p.evaluate(bars, start, i, row, p.workspace());
                if (Double.isNaN(point)) {
                    assertThat(series[i - start]).isNaN();
                } else {
                    assertThat(series[i - start]).isCloseTo(point, org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(point))));
                }
            }
        }
    }

    @Test
    void everyBuiltInTemplateBacktestsTheScoredOnesByScanningEachDate() {
        int barsOnly = 0;
        int scored = 0;
        for (io.technic.scanner.expr.Template t : io.technic.scanner.expr.Templates.builtIn()) {
            BacktestSpec spec = BacktestSpec.of(t.where(), "roc(20)", 10, to.minusMonths(2), to);
            Backtest.check(spec);
            if (Backtest.needsScores(spec)) {
                scored++;
                continue;   // ScoredBacktestTest runs scored backtests
            }
            BacktestResult r = Backtest.run(market, spec);
            assertThat(r.days()).as(t.name()).isNotEmpty();
            barsOnly++;
        }
        System.out.println("[backtest] " + barsOnly + " of " + io.technic.scanner.expr.Templates.builtIn().size()
                + " built-in templates' conditions backtest on bars alone, " + scored + " by scanning each date");
        assertThat(barsOnly).isGreaterThanOrEqualTo(10);
        assertThat(scored).isPositive();
    }

    /** The market with every bar after {@code t} removed (index included). */
    static Market truncate(Market m, LocalDate t) {
        int day = (int) t.toEpochDay();
        return new Market(m.source() + ":cut", m.dataVersion() + ":cut", m.symbols(), cut(m.bars(), day),
                m.index() == null ? null : cut(m.index(), day), m.loadSkipped());
    }

    private static BarColumns cut(BarColumns b, int day) {
        BarColumns.Builder out = new BarColumns.Builder(b.barCount());
        for (int s = 0; s < b.symbolCount(); s++) {
            for (int i = b.start(s); i < b.end(s) && b.day()[i] <= day; i++) {
                out.add(b.day()[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
            }
            out.endSymbol();
        }
        return out.build();
    }

    static List<String> symbols(BacktestResult.Day d) {
        List<String> out = new ArrayList<>();
        d.picks().forEach(p -> out.add(p.symbol()));
        return out;
    }
}
