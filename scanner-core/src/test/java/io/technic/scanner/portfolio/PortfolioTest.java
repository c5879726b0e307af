package io.technic.scanner.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.testdata.TestMarkets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    private static final LocalDate END = LocalDate.of(2024, 3, 8);
    private static final int DAYS = 400;
    private static final int[] CALENDAR = TestMarkets.weekdays(END, DAYS);

    /** Daily log returns on the full calendar, {@code [day][symbol]}. */
    private static double[][] dailyReturns(int n) {
        return Covariances.factorReturns(DAYS, n, 21);
    }

    /** Bars from returns; symbol j skips the calendar days in {@code missing[j]}. */
    private static BarColumns bars(double[][] r, List<Set<Integer>> missing) {
        int n = r[0].length;
        BarColumns.Builder b = new BarColumns.Builder(n * DAYS);
        for (int j = 0; j < n; j++) {
            double logPrice = Math.log(20 + 10 * j);
            for (int d = 0; d < DAYS; d++) {
                logPrice += d == 0 ? 0 : r[d][j];
                if (!missing.get(j).contains(d)) {
                    double c = Math.exp(logPrice);
                    b.add(CALENDAR[d], c, c, c, c, 1e6);
                }
            }
            b.endSymbol();
        }
        return b.build();
    }

    private static List<Set<Integer>> noGaps(int n) {
        return java.util.Collections.nCopies(n, Set.of());
    }

    private static String[] sectors(int n, int sectorCount) {
        String[] s = new String[n];
        for (int j = 0; j < n; j++) {
            s[j] = "Sector" + (j % sectorCount);
        }
        return s;
    }

    private static int[] range(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    @Test
    void returnsAreAlignedOnDatesCommonToAllSymbols() {
        double[][] r = dailyReturns(3);
        // symbol 1 misses calendar days 395 and 397, symbol 2 misses 390
        List<Set<Integer>> missing = List.of(Set.of(), Set.of(395, 397), Set.of(390));
        BarColumns bars = bars(r, missing);
        PortfolioSpec spec = new PortfolioSpec(20, 1, 1, 20);
        Allocation a = Portfolio.build(bars, range(3), new String[3], CALENDAR[DAYS - 1], spec);

        // shared dates: the calendar less days 390, 395, 397; the last 21 of them give 20 returns
        List<Integer> shared = new java.util.ArrayList<>();
        for (int d = DAYS - 1; shared.size() < 21; d--) {
            if (d != 390 && d != 395 && d != 397) {
                shared.add(0, d);
            }
        }
        double[][] expected = new double[20][3];
        for (int t = 0; t < 20; t++) {
            for (int j = 0; j < 3; j++) {
                for (int d = shared.get(t) + 1; d <= shared.get(t + 1); d++) {
                    expected[t][j] += r[d][j]; // a return spanning a skipped day sums both days
                }
            }
        }
        double[][] cov = LedoitWolf.estimate(expected).covariance();
        assertThat(a.observations()).isEqualTo(20);
        assertThat(a.firstDate()).isEqualTo(LocalDate.ofEpochDay(CALENDAR[shared.get(0)]));
        assertThat(a.lastDate()).isEqualTo(END);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(a.covariance()[i][j]).isEqualTo(cov[i][j], within(1e-15));
            }
        }
    }

    @Test
    void neverReadsBarsAfterTheAsOfDate() {
        int n = 8;
        double[][] r = dailyReturns(n);
        BarColumns clean = bars(r, noGaps(n));
        int asOf = CALENDAR[300];
        // the same bars with every close after the as-of date poisoned
        double[] close = clean.close().clone();
        for (int s = 0; s < n; s++) {
            for (int i = clean.start(s); i < clean.end(s); i++) {
                if (clean.day()[i] > asOf) {
                    close[i] = Double.NaN;
                }
            }
        }
        int[] offsets = new int[n + 1];
        for (int s = 0; s <= n; s++) {
            offsets[s] = s < n ? clean.start(s) : clean.barCount();
        }
        BarColumns poisoned = new BarColumns(offsets, clean.day(), clean.open(), clean.high(), clean.low(), close,
                clean.volume());

        Allocation a = Portfolio.build(clean, range(n), sectors(n, 4), asOf, PortfolioSpec.DEFAULT.withCaps(0.3, 0.6));
        Allocation b = Portfolio.build(poisoned, range(n), sectors(n, 4), asOf, PortfolioSpec.DEFAULT.withCaps(0.3, 0.6));
        assertThat(b.riskParityWeights()).containsExactly(a.riskParityWeights());
        assertThat(b.minVarianceWeights()).containsExactly(a.minVarianceWeights());
        assertThat(b.lastDate()).isEqualTo(LocalDate.ofEpochDay(asOf));
        assertThat(b.observations()).isEqualTo(252);
    }

    @Test
    void asOfDateOnAHolidayUsesTheBarBefore() {
        int n = 4;
        BarColumns bars = bars(dailyReturns(n), noGaps(n));
        int saturday = (int) END.minusDays(6).toEpochDay(); // 2024-03-02
        Allocation a = Portfolio.build(bars, range(n), sectors(n, 4), saturday, PortfolioSpec.ofLookback(60)
                .withCaps(1, 1));
        assertThat(a.lastDate()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void defaultCapsAreHonouredForTwentyNamesInFourSectors() {
        int n = 20;
        Allocation a = Portfolio.build(bars(dailyReturns(n), noGaps(n)), range(n), sectors(n, 4), CALENDAR[DAYS - 1],
                PortfolioSpec.DEFAULT);
        assertThat(a.capsRelaxed()).isFalse();
        assertThat(a.maxWeight()).isEqualTo(0.10);
        assertThat(a.sectorCap()).isEqualTo(0.30);
        for (double[] w : List.of(a.riskParityWeights(), a.minVarianceWeights())) {
            assertThat(Covariances.sum(w)).isEqualTo(1.0, within(1e-12));
            double[] bySector = new double[4];
            for (int j = 0; j < n; j++) {
                assertThat(w[j]).isBetween(0.0, 0.10 + 1e-12);
                bySector[j % 4] += w[j];
            }
            for (double s : bySector) {
                assertThat(s).isLessThanOrEqualTo(0.30 + 1e-12);
            }
        }
        assertThat(Covariances.sum(a.riskParityContributions())).isEqualTo(1.0, within(1e-12));
        assertThat(Covariances.sum(a.minVarianceContributions())).isEqualTo(1.0, within(1e-12));
        assertThat(a.riskParityVolatility())
                .isEqualTo(Math.sqrt(252 * Covariances.variance(a.covariance(), a.riskParityWeights())), within(1e-15));
        assertThat(a.minVarianceVolatility()).isLessThanOrEqualTo(a.riskParityVolatility());
        assertThat(a.shrinkageIntensity()).isBetween(0.0, 1.0);
        assertThat(a.symbols()).containsExactly(java.util.stream.IntStream.range(0, n).mapToObj(i -> "#" + i)
                .toArray(String[]::new));
    }

    @Test
    void tooFewNamesForTheNameCapRelaxItToOneOverN() {
        int n = 5;
        Allocation a = Portfolio.build(bars(dailyReturns(n), noGaps(n)), range(n), new String[n], CALENDAR[DAYS - 1],
                PortfolioSpec.DEFAULT);
        assertThat(a.capsRelaxed()).isTrue();
        assertThat(a.maxWeight()).isEqualTo(0.2);
        for (double w : a.riskParityWeights()) {
            assertThat(w).isEqualTo(0.2, within(1e-12)); // 5 × 20 % leaves no choice
        }
        assertThat(a.sectors()).containsOnly("Unknown");
    }

    @Test
    void crowdedSectorsRelaxTheSectorCapToTheSmallestFeasibleValue() {
        // 12 names in 2 sectors of 6 at 10 % each: 2 × min(0.3, 0.6) = 0.6 < 1 → sector cap 0.5
        int n = 12;
        Allocation a = Portfolio.build(bars(dailyReturns(n), noGaps(n)), range(n), sectors(n, 2), CALENDAR[DAYS - 1],
                PortfolioSpec.DEFAULT);
        assertThat(a.capsRelaxed()).isTrue();
        assertThat(a.maxWeight()).isEqualTo(0.10);
        assertThat(a.sectorCap()).isEqualTo(0.5, within(1e-15));
        assertThat(Portfolio.minimalSectorCap(new int[] {0, 0, 0, 1, 2}, 0.25)).isEqualTo(0.5, within(1e-15));
    }

    @Test
    void unknownSectorsAreEachASectorOfTheirOwn() {
        int n = 12;
        String[] sectors = new String[n];
        java.util.Arrays.fill(sectors, "Unknown");
        sectors[0] = null;
        sectors[1] = " ";
        Allocation a = Portfolio.build(bars(dailyReturns(n), noGaps(n)), range(n), sectors, CALENDAR[DAYS - 1],
                PortfolioSpec.DEFAULT);
        assertThat(a.capsRelaxed()).isFalse(); // lumped together they would hold only 30 %
    }

    @Test
    void marketOverloadNamesTheTickersAndUsesTheirSectors() {
        Market m = TestMarkets.randomWalk(10, new int[] {300}, new String[] {"Tech", "Energy", "Health", "Utilities"},
                7, List.of());
        Allocation a = Portfolio.build(m, new int[] {3, 1, 4, 0, 2, 9, 8, 7, 6, 5}, END, PortfolioSpec.DEFAULT
                .withCaps(0.2, 0.4));
        assertThat(a.symbols()).startsWith("S0003", "S0001");
        assertThat(a.sectors()).startsWith("Utilities", "Energy");
        assertThat(a.symbolIndices()).startsWith(3, 1);
        assertThat(a.observations()).isEqualTo(252);
    }

    @Test
    void badRequestsAreRejectedWithTheReason() {
        int n = 4;
        BarColumns bars = bars(dailyReturns(n), noGaps(n));
        int last = CALENDAR[DAYS - 1];
        assertThatThrownBy(() -> Portfolio.build(bars, new int[0], new String[0], last, PortfolioSpec.DEFAULT))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Portfolio.build(bars, new int[] {1, 1}, new String[2], last, PortfolioSpec.DEFAULT))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Portfolio.build(bars, new int[] {0, 9}, new String[2], last, PortfolioSpec.DEFAULT))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Portfolio.build(bars, range(4), new String[3], last, PortfolioSpec.DEFAULT))
                .hasMessageContaining("sectors");
        assertThatThrownBy(() -> Portfolio.build(bars, range(4), new String[4], CALENDAR[40], PortfolioSpec.DEFAULT))
                .hasMessageContaining("only 40 shared daily returns").hasMessageContaining("at least 60");
        assertThatThrownBy(() -> Portfolio.build(bars, range(4), new String[4], CALENDAR[0] - 1, PortfolioSpec.DEFAULT))
                .hasMessageContaining("share 0 dates");
        assertThatThrownBy(() -> new PortfolioSpec(252, 0, 0.3, 60)).hasMessageStartingWith("maxWeight ");
        assertThatThrownBy(() -> new PortfolioSpec(252, 0.1, 1.2, 60)).hasMessageStartingWith("sectorCap ");
        assertThatThrownBy(() -> new PortfolioSpec(30, 0.1, 0.3, 60)).hasMessageStartingWith("minObservations ");
    }

    @Test
    void aNonPositiveCloseInTheWindowIsReportedWithSymbolAndDate() {
        int n = 3;
        BarColumns clean = bars(dailyReturns(n), noGaps(n));
        double[] close = clean.close().clone();
        close[clean.start(1) + DAYS - 10] = 0;
        int[] offsets = {0, clean.start(1), clean.start(2), clean.barCount()};
        BarColumns bad = new BarColumns(offsets, clean.day(), clean.open(), clean.high(), clean.low(), close,
                clean.volume());
        assertThatThrownBy(() -> Portfolio.build(bad, range(n), new String[n], CALENDAR[DAYS - 1], PortfolioSpec.DEFAULT))
                .hasMessageContaining("symbol 1").hasMessageContaining(LocalDate.ofEpochDay(CALENDAR[DAYS - 10]).toString());
    }
}
