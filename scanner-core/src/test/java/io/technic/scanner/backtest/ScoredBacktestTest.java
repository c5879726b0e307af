package io.technic.scanner.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.expr.Screen;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Backtests ranked by MERIT and filtered by scores: each date is the scan as of that date, never later. */
class ScoredBacktestTest {

    private static final String WHERE = "techRating > 40 and close > sma(50)";
    private static final String RANK = "merit desc";

    private static Market market;
    private static Scanner scanner;
    private static int[] cal;

    @BeforeAll
    static void load() {
        market = new SimulatedMarket(new SimulationSpec(3, 300, 420, LocalDate.of(2026, 6, 30))).load();
        scanner = new Scanner(src -> market, new TechnicalFeatures(), new TechRating(), new Merit(false));
        cal = Backtest.calendar(market);
    }

    @AfterAll
    static void close() {
        scanner.close();
    }

    private static LocalDate day(int k) {
        return LocalDate.ofEpochDay(cal[k]);
    }

    @Test
    void eachDaysPicksAreThatDaysScanScreenedAndRankedByMerit() {
        BacktestResult r = Backtest.run(market, BacktestSpec.of(WHERE, RANK, 10, day(380), day(389)), scanner);
        assertThat(r.days()).hasSize(10);
        for (int d : new int[] {0, 4, 9}) {
            BacktestResult.Day day = r.days().get(d);
            ScanResult scan = scanner.run(ScanRequest.of("sim").withFilter(UniverseFilter.none()).withAsOf(day.date())
                    .withTopN(0));
            List<ScanRow> expected = Screen.compile(WHERE, "merit", scan).apply(scan, market).rows();
            assertThat(day.passed()).isEqualTo(expected.size()).isPositive();
            assertThat(day.passed() + day.filtered() + day.unknown() + day.noBar()).isEqualTo(market.size());
            List<ScanRow> top = expected.subList(0, Math.min(10, expected.size()));
            assertThat(day.picks()).extracting(BacktestResult.Pick::symbol)
                    .containsExactlyElementsOf(top.stream().map(ScanRow::symbol).toList());
            for (int k = 0; k < top.size(); k++) {
                assertThat(day.picks().get(k).value()).isEqualTo(top.get(k).scores().get("merit"));
            }
        }
        assertThat(r.summary().totalReturn()).isFinite();
    }

    @Test
    void cuttingTheDataAfterADayLeavesItsScoredPicks() {
        BacktestResult full = Backtest.run(market, BacktestSpec.of(WHERE, RANK, 8, day(390), day(396)), scanner);
        Market cut = SimulatedBacktestTest.truncate(market, day(393));
        try (Scanner s = new Scanner(src -> cut, new TechnicalFeatures(), new TechRating(), new Merit(false))) {
            BacktestResult part = Backtest.run(cut, BacktestSpec.of(WHERE, RANK, 8, day(390), day(393)), s);
            assertThat(part.days()).hasSize(4);
            for (int d = 0; d < 4; d++) {
                List<BacktestResult.Pick> a = full.days().get(d).picks();
                List<BacktestResult.Pick> b = part.days().get(d).picks();
                assertThat(b).extracting(BacktestResult.Pick::symbol)
                        .containsExactlyElementsOf(a.stream().map(BacktestResult.Pick::symbol).toList());
                assertThat(b).extracting(BacktestResult.Pick::value)
                        .containsExactlyElementsOf(a.stream().map(BacktestResult.Pick::value).toList());
            }
        }
    }

    @Test
    void withoutAScannerTheDefaultScoringRuns() {
        BacktestResult r = Backtest.run(market, BacktestSpec.of(null, "techRating", 5, day(400), day(401)));
        assertThat(r.days()).hasSize(2).allSatisfy(d -> assertThat(d.picks()).hasSize(5));
    }
}
