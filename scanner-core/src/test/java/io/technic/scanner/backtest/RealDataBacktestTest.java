package io.technic.scanner.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.testdata.RealData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backtests on real US bars: the whole shared data set when it sits beside the clone (else the
 * committed 12-symbol fixture). Every pick is re-derived from the raw bars by brute force.
 */
class RealDataBacktestTest {

    @Test
    void picksValuesAndForwardReturnsMatchABruteForceRecomputationFromTheBars() {
        Market m = RealData.market();
        int[] cal = Backtest.calendar(m);
        LocalDate to = LocalDate.ofEpochDay(cal[cal.length - 21]);
        LocalDate from = LocalDate.ofEpochDay(cal[cal.length - 21 - 249]);
        int top = RealData.isFullDataSet() ? 10 : 3;
        BacktestResult r = Backtest.run(m, BacktestSpec.of("close > sma(50)", "roc(63) desc", top, from, to));
        assertThat(r.days()).hasSize(250);
        BarColumns b = m.bars();
        double[] c = b.close();
        int pickedDays = 0;
        for (int d = 0; d < r.days().size(); d += 7) {
            BacktestResult.Day day = r.days().get(d);
            int epoch = (int) day.date().toEpochDay();
            int later = cal[cal.length - 21 - 249 + d + 5];
            // brute force: every symbol with a bar that day, close above its 50-bar mean, by 63-bar ROC
            List<Object[]> passing = new ArrayList<>();
            int withBar = 0;
            for (int s = 0; s < m.size(); s++) {
                int i = b.lastIndexOnOrBefore(s, epoch);
                if (i < b.start(s) || b.day()[i] != epoch) {
                    continue;
                }
                withBar++;
                if (i - b.start(s) < 63) {
                    continue;
                }
                double sum = 0;
                for (int k = i - 49; k <= i; k++) {
                    sum += c[k];
                }
                if (c[i] > sum / 50) {
                    passing.add(new Object[] {m.symbols().get(s).symbol(), (c[i] / c[i - 63] - 1) * 100,
                        c[b.lastIndexOnOrBefore(s, later)] / c[i] - 1});
                }
            }
            passing.sort(Comparator.comparingDouble((Object[] o) -> -(double) o[1]));
            assertThat(day.universe() - day.noBar()).as("symbols trading on %s", day.date()).isEqualTo(withBar);
            assertThat(day.passed()).as("passing on %s", day.date()).isEqualTo(passing.size());
            assertThat(day.passed() + day.filtered() + day.unknown() + day.noBar()).isEqualTo(m.size());
            for (int k = 0; k < day.picks().size(); k++) {
                BacktestResult.Pick p = day.picks().get(k);
                Object[] want = passing.get(k);
                assertThat(p.symbol()).as("pick %d on %s", k + 1, day.date()).isEqualTo(want[0]);
                assertThat(p.value()).isCloseTo((double) want[1], within(1e-9));
                assertThat(p.forward()[1]).as("5-day return of %s", p.symbol()).isCloseTo((double) want[2], within(1e-12));
            }
            pickedDays += day.picks().isEmpty() ? 0 : 1;
        }
        assertThat(pickedDays).isPositive();
        for (BacktestResult.HorizonStats h : r.horizons()) {
            assertThat(h.picks()).isPositive();
            assertThat(h.hitRateVsIndex()).isBetween(0.0, 1.0);
            assertThat(h.quantiles()).isSorted();
            assertThat(java.util.Arrays.stream(h.histogram()).sum()).isEqualTo(h.picks());
        }
        assertThat(r.summary().indexTotalReturn()).isFinite();
        System.out.printf("[backtest] real data (%s): %d symbols x %d dates in %.0f ms; 20d mean excess vs SPY %.2f%%, hit %.1f%%%n",
                RealData.isFullDataSet() ? "full" : "fixture", m.size(), r.days().size(), r.millis(),
                100 * r.horizons().get(3).meanExcessVsIndex(), 100 * r.horizons().get(3).hitRateVsIndex());
    }

    @Test
    void aDecadeOfTheFullDataSetBacktestsEveryDate() {
        if (!RealData.isFullDataSet()) {
            System.out.println("[backtest] full-data decade backtest did not run: ../shared/data absent");
            return;
        }
        Market m = RealData.market();
        BacktestResult r = Backtest.run(m, new BacktestSpec("close > sma(200) and rsi(14) < 40", "roc(close[21], 231) desc",
                20, LocalDate.of(2015, 1, 2), LocalDate.of(2024, 2, 8), 5, 10, 0));
        assertThat(r.days().size()).isGreaterThan(2000);
        assertThat(r.days()).allSatisfy(d -> assertThat(d.passed() + d.filtered() + d.unknown() + d.noBar())
                .isEqualTo(m.size()));
        assertThat(r.summary().indexTotalReturn()).as("SPY 2015-2024, price only").isBetween(1.0, 2.0);
        System.out.printf("[backtest] full data: %d symbols x %d dates in %.0f ms; portfolio %.1f%% vs SPY %.1f%%, max drawdown %.1f%%%n",
                m.size(), r.days().size(), r.millis(), 100 * r.summary().totalReturn(),
                100 * r.summary().indexTotalReturn(), 100 * r.summary().maxDrawdown());
    }
}
