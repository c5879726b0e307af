package io.technic.scanner.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.expr.ExprException;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import io.technic.scanner.testdata.TestMarkets;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backtest arithmetic on a hand-made market whose answers are known in closed form: UP gains
 * 1 % a day, FLAT stays, DOWN loses 1 % a day, LATE lists on day 20 (and gains 2 % a day), the
 * index is flat.
 */
class BacktestAccountingTest {

    private static final int DAYS = 60;
    private static final int[] CAL = TestMarkets.weekdays(LocalDate.of(2024, 3, 8), DAYS);

    private static Market market() {
        BarColumns.Builder b = new BarColumns.Builder(4 * DAYS);
        double[] growth = {1.01, 1.0, 0.99, 1.02};
        for (int s = 0; s < 4; s++) {
            double px = 100;
            for (int d = 0; d < DAYS; d++) {
                if (s == 3 && d < 20) {
                    continue;
                }
                b.add(CAL[d], px, px, px, px, 1e6);
                px *= growth[s];
            }
            b.endSymbol();
        }
        BarColumns.Builder ix = new BarColumns.Builder(DAYS);
        for (int d = 0; d < DAYS; d++) {
            ix.add(CAL[d], 4000, 4000, 4000, 4000, 0);
        }
        ix.endSymbol();
        List<SymbolInfo> infos = List.of(
                new SymbolInfo("UP", "Up Inc", "Energy", "Oil", Double.NaN, null),
                new SymbolInfo("FLAT", "Flat Inc", "Utilities", "Power", Double.NaN, null),
                new SymbolInfo("DOWN", "Down Inc", "Energy", "Oil", Double.NaN, null),
                new SymbolInfo("LATE", "Late Inc", "Technology", "Software", Double.NaN, null));
        return new Market("test:hand", "hand-1", infos, b.build(), ix.build(), List.of());
    }

    private static LocalDate day(int d) {
        return LocalDate.ofEpochDay(CAL[d]);
    }

    @Test
    void aDailyRebalancedWinnerCompoundsAfterItsEntryCost() {
        // roc(1) is known from day 1 on; LATE (2 % a day) is kept out by its sector
        BacktestResult r = Backtest.run(market(), new BacktestSpec("sector != \"Technology\"", "roc(1) desc", 1,
                day(5), day(30), 1, 10, 1));
        assertThat(r.days()).hasSize(26);
        for (int d = 0; d < 26; d++) {
            BacktestResult.Day day = r.days().get(d);
            assertThat(day.picks()).extracting(BacktestResult.Pick::symbol).containsExactly("UP");
            assertThat(day.picks().getFirst().value()).isCloseTo(1.0, within(1e-9));   // roc is in percent
            assertThat(r.equity().get(d).portfolio()).isCloseTo((1 - 0.001) * Math.pow(1.01, d), within(1e-12));
            // equal-weight universe: UP, FLAT and DOWN average 0 % a day; with LATE (from its day-20 listing) 0.5 %
            int marketDay = 5 + d;
            assertThat(r.equity().get(d).universe()).as("universe on day %d", marketDay)
                    .isCloseTo(Math.pow(1.005, Math.max(0, marketDay - 20)), within(1e-12));
            assertThat(r.equity().get(d).turnover()).isEqualTo(d == 0 ? 1.0 : 0.0);
        }
        BacktestResult.Summary s = r.summary();
        assertThat(s.totalReturn()).isCloseTo(0.999 * Math.pow(1.01, 25) - 1, within(1e-12));
        assertThat(s.maxDrawdown()).as("only the entry cost").isCloseTo(0.001, within(1e-12));
        assertThat(s.costPaid()).isCloseTo(0.001, within(1e-15));
        assertThat(s.indexTotalReturn()).isZero();
        // forward returns against the flat index and the universe mean
        BacktestResult.HorizonStats h5 = r.horizons().get(1);
        assertThat(h5.horizon()).isEqualTo(5);
        assertThat(h5.picks()).isEqualTo(26);
        assertThat(h5.meanReturn()).isCloseTo(Math.pow(1.01, 5) - 1, within(1e-12));
        assertThat(h5.meanExcessVsIndex()).isCloseTo(Math.pow(1.01, 5) - 1, within(1e-12));
        assertThat(h5.hitRateVsIndex()).isEqualTo(1.0);
        assertThat(h5.hitRateVsUniverse()).isEqualTo(1.0);
        // day 5: LATE not listed, so the universe is UP, FLAT, DOWN
        BacktestResult.Day first = r.days().getFirst();
        assertThat(first.universeReturn()[1]).isCloseTo((Math.pow(1.01, 5) + 1 + Math.pow(0.99, 5)) / 3 - 1, within(1e-12));
        assertThat(first.indexReturn()[1]).isZero();
        assertThat(List.of(first.passed(), first.filtered(), first.unknown(), first.noBar())).containsExactly(3, 0, 0, 1);
        BacktestResult.Day late = r.days().get(20);   // day 25: LATE trades but is filtered by its sector
        assertThat(List.of(late.passed(), late.filtered(), late.unknown(), late.noBar())).containsExactly(3, 1, 0, 0);
    }

    @Test
    void theWorstNameAscendingDrawsDownAndUnknownValuesAreNotPicked() {
        // roc(5) needs 5 earlier bars: LATE is unknown for its first five sessions
        BacktestResult r = Backtest.run(market(), new BacktestSpec(null, "roc(5) asc", 1, day(10), day(40), 1, 0, 1));
        assertThat(r.days()).allSatisfy(d -> assertThat(d.picks().getFirst().symbol()).isEqualTo("DOWN"));
        assertThat(r.summary().maxDrawdown()).isCloseTo(1 - Math.pow(0.99, 30), within(1e-12));
        BacktestResult.Day listing = r.days().get(12);   // day 22: LATE's third bar
        assertThat(listing.unknown()).isEqualTo(1);
        assertThat(r.days().get(15).unknown()).as("day 25: LATE's sixth bar").isZero();
    }

    @Test
    void holdingFiveDaysTradesOnlyOnRebalanceDatesAndTurnoverCountsBothLegs() {
        // top 2 by roc(1): UP and FLAT until LATE's roc(1) is known (day 21), then LATE and UP
        BacktestResult r = Backtest.run(market(), new BacktestSpec(null, "roc(1) desc", 2, day(15), day(35), 5, 100, 1));
        for (int d = 0; d < r.equity().size(); d++) {
            BacktestResult.EquityPoint p = r.equity().get(d);
            if (d % 5 != 0) {
                assertThat(p.turnover()).isZero();
            }
            assertThat(p.holdings()).isEqualTo(2);
        }
        assertThat(r.equity().get(0).turnover()).isEqualTo(1.0);
        // day 20 (index 5): LATE is not yet known (roc(1) needs its second bar), day 25 (index 10) swaps FLAT for LATE
        assertThat(r.equity().get(5).turnover()).isZero();
        assertThat(r.equity().get(10).turnover()).isEqualTo(1.0);
        assertThat(r.summary().costPaid()).isCloseTo(0.01 + 0.01, within(1e-15));
        assertThat(Curves.turnover(new int[] {1, 2}, new int[] {2, 3})).isEqualTo(1.0);
        assertThat(Curves.turnover(new int[] {1, 2, 3, 4}, new int[] {1, 2})).isCloseTo(1.0, within(1e-15));
        assertThat(Curves.turnover(new int[] {7}, new int[0])).isEqualTo(1.0);
    }

    @Test
    void horizonsPastTheDataAreUnknownNotZero() {
        BacktestResult r = Backtest.run(market(), BacktestSpec.of(null, "close", 1, day(50), day(59)));
        BacktestResult.Day last = r.days().getLast();
        assertThat(java.util.Arrays.stream(last.picks().getFirst().forward()).allMatch(Double::isNaN)).isTrue();
        BacktestResult.Day eightBeforeEnd = r.days().get(2);   // day 52: 1 and 5 days known, 10 and 20 not
        double[] fwd = eightBeforeEnd.picks().getFirst().forward();
        assertThat(fwd[0]).isFinite();
        assertThat(fwd[1]).isFinite();
        assertThat(fwd[2]).isNaN();
        assertThat(r.horizons().get(3).picks()).isZero();
        assertThat(r.horizons().get(3).meanReturn()).isNaN();
    }

    @Test
    void badInputIsRefusedNamingWhatAndWhere() {
        Market m = market();
        assertThatThrownBy(() -> Backtest.run(m, BacktestSpec.of("close > smaa(20)", "roc(5)", 1, day(10), day(20))))
                .isInstanceOf(ExprException.class)
                .hasMessage("unknown function 'smaa' at 1:9, did you mean 'sma'?");
        // a scored expression is checked like any other before a single date is scanned
        assertThatThrownBy(() -> Backtest.run(m, BacktestSpec.of("merit > 70", "rsi14 + smaa(5)", 1, day(10), day(20))))
                .isInstanceOf(ExprException.class)
                .hasMessage("unknown function 'smaa' at 1:9, did you mean 'sma'?");
        assertThat(Backtest.needsScores(BacktestSpec.of(null, "roc(5) + rsi14", 1, day(10), day(20)))).isTrue();
        assertThat(Backtest.needsScores(BacktestSpec.of("weekly.close > 1", "roc(5)", 1, day(10), day(20)))).isFalse();
        assertThatThrownBy(() -> Backtest.run(m, BacktestSpec.of("roc(5)", "roc(5)", 1, day(10), day(20))))
                .hasMessageContaining("a scan condition must be true or false");
        assertThatThrownBy(() -> Backtest.run(m, BacktestSpec.of(null, "close > 5", 1, day(10), day(20))))
                .hasMessageContaining("rank by needs a number");
        assertThatThrownBy(() -> BacktestSpec.of(null, "roc(5)", 1, day(20), day(10)))
                .hasMessage("--from " + day(20) + " is after --to " + day(10));
        assertThatThrownBy(() -> BacktestSpec.of(null, " ", 1, day(10), day(20))).hasMessageContaining("--rank-by");
        assertThatThrownBy(() -> BacktestSpec.of(null, "roc(5)", 0, day(10), day(20))).hasMessageContaining("--top");
        assertThatThrownBy(() -> new BacktestSpec(null, "roc(5)", 1, day(10), day(20), 0, 0, 0)).hasMessageContaining("--hold");
        assertThatThrownBy(() -> new BacktestSpec(null, "roc(5)", 1, day(10), day(20), 1, -1, 0)).hasMessageContaining("--cost-bps");
        assertThatThrownBy(() -> Backtest.run(m, BacktestSpec.of(null, "roc(5)", 1, LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 6, 1))))
                .hasMessage("the range 2030-01-01 to 2030-06-01 holds no trading day of the data (" + day(0) + " to 2024-03-08)");
    }

    @Test
    void aRangeOverlappingTheDataIsClampedWithANote() {
        BacktestResult r = Backtest.run(market(), BacktestSpec.of(null, "roc(1)", 1, LocalDate.of(2020, 1, 1), day(30)));
        assertThat(r.days().getFirst().date()).isEqualTo(day(0));
        assertThat(r.notes()).containsExactly("range clamped to the data: " + day(0) + " to " + day(30));
        // day 0: roc(1) unknown for all, so nothing is held until day 1
        assertThat(r.days().getFirst().picks()).isEmpty();
        assertThat(r.equity().getFirst().holdings()).isZero();
    }

    @Test
    void withoutAnIndexTheCalendarIsTheBarsDatesAndIndexFiguresAreUnknown() {
        Market m = market();
        Market noIndex = new Market(m.source(), m.dataVersion(), m.symbols(), m.bars(), null, List.of());
        BacktestResult r = Backtest.run(noIndex, BacktestSpec.of(null, "roc(1) desc", 1, day(5), day(30)));
        assertThat(r.days()).hasSize(26);
        assertThat(r.notes()).containsExactly("no index in the source: returns versus the index are unknown");
        assertThat(r.horizons().getFirst().hitRateVsIndex()).isNaN();
        assertThat(r.horizons().getFirst().hitRateVsUniverse()).isEqualTo(1.0);
        assertThat(r.summary().indexTotalReturn()).isNaN();
        assertThat(r.equity().getLast().index()).isNaN();
        // no cost; UP until LATE's roc(1) is known on day 21, then LATE (2 % a day) to day 30
        assertThat(r.summary().totalReturn()).isCloseTo(Math.pow(1.01, 16) * Math.pow(1.02, 9) - 1, within(1e-12));
    }

    @Test
    void exportsCarryEveryPickAndEveryDate() throws Exception {
        BacktestResult r = Backtest.run(market(), BacktestSpec.of(null, "roc(1) desc", 2, day(5), day(30)));
        StringWriter picks = new StringWriter();
        BacktestWriters.picksCsv(r, picks);
        List<String> lines = picks.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("date,rank,symbol,value,fwd1d,fwd5d,fwd10d,fwd20d,index1d,index5d,"
                + "index10d,index20d,universe1d,universe5d,universe10d,universe20d");
        assertThat(lines).hasSize(1 + r.days().stream().mapToInt(d -> d.picks().size()).sum());
        assertThat(lines.get(1)).startsWith(day(5) + ",1,");
        StringWriter equity = new StringWriter();
        BacktestWriters.equityCsv(r, equity);
        assertThat(equity.toString().lines()).hasSize(1 + r.days().size());
        StringWriter json = new StringWriter();
        BacktestWriters.json(r, json);
        var tree = new com.fasterxml.jackson.core.JsonFactory().createParser(json.toString());
        int tokens = 0;
        while (tree.nextToken() != null) {
            tokens++;
        }
        assertThat(tokens).isGreaterThan(100);
        assertThat(json.toString()).contains("\"maxDrawdown\"").contains("\"hitRateVsIndex\"").contains("\"picks\"");
        StringWriter table = new StringWriter();
        BacktestWriters.table(r, table);
        assertThat(table.toString()).contains("Portfolio  total").contains("5d").contains("Picks on " + day(30));
    }
}
