package io.technic.scanner.data.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Structure, determinism and realism of the simulated market. */
class SimulatedMarketTest {

    private static final SimulationSpec SMALL = new SimulationSpec(7, 300, 300, LocalDate.of(2026, 11, 20));

    @Test
    void sameSpecGivesBitIdenticalMarketsForAnyThreadCount() {
        Market a = new SimulatedMarket(SMALL, 1).load();
        Market b = new SimulatedMarket(SMALL, 3).load();
        assertThat(b.symbols()).isEqualTo(a.symbols());
        assertSameBars(a.bars(), b.bars());
        assertSameBars(a.index(), b.index());
        assertThat(b.dataVersion()).isEqualTo(a.dataVersion());
    }

    @Test
    void differentSeedGivesADifferentMarket() {
        Market a = new SimulatedMarket(SMALL, 2).load();
        Market b = new SimulatedMarket(SMALL.withSeed(8), 2).load();
        assertThat(b.dataVersion()).isNotEqualTo(a.dataVersion());
        assertThat(b.symbols()).isNotEqualTo(a.symbols());
        assertThat(b.index().close()).isNotEqualTo(a.index().close());
    }

    @Test
    void largerUniverseExtendsTheSmallerOne() {
        Market small = new SimulatedMarket(SMALL.withSymbols(50), 2).load();
        Market large = new SimulatedMarket(SMALL, 2).load();
        for (int s = 0; s < small.size(); s++) {
            int t = large.indexOf(small.symbols().get(s).symbol());
            assertThat(large.symbols().get(t)).isEqualTo(small.symbols().get(s));
            assertThat(large.bars().slice(t).close()).isEqualTo(small.bars().slice(s).close());
        }
    }

    private static void assertSameBars(BarColumns a, BarColumns b) {
        assertThat(b.symbolCount()).isEqualTo(a.symbolCount());
        for (int s = 0; s <= a.symbolCount(); s++) {
            assertThat(s == 0 ? 0 : b.end(s - 1)).isEqualTo(s == 0 ? 0 : a.end(s - 1));
        }
        assertThat(b.day()).isEqualTo(a.day());
        assertThat(b.open()).isEqualTo(a.open());
        assertThat(b.high()).isEqualTo(a.high());
        assertThat(b.low()).isEqualTo(a.low());
        assertThat(b.close()).isEqualTo(a.close());
        assertThat(b.volume()).isEqualTo(a.volume());
    }

    @Test
    void everyBarIsConsistentAndOnATradingDay() {
        Market m = DefaultMarket.get();
        BarColumns b = m.bars();
        int last = (int) LocalDate.of(2026, 11, 20).toEpochDay();
        int bad = 0;
        for (int s = 0; s < b.symbolCount(); s++) {
            assertThat(b.day()[b.end(s) - 1]).isEqualTo(last);
            for (int i = b.start(s); i < b.end(s); i++) {
                double o = b.open()[i];
                double h = b.high()[i];
                double l = b.low()[i];
                double c = b.close()[i];
                double v = b.volume()[i];
                boolean ok = l > 0 && h >= Math.max(o, c) && l <= Math.min(o, c) && h >= l
                        && Double.isFinite(h) && v >= 0 && v == Math.rint(v)
                        && (i == b.start(s) || b.day()[i] > b.day()[i - 1]);
                if (!ok) {
                    bad++;
                }
            }
        }
        assertThat(bad).isZero();
        assertThat(b.barCount()).isGreaterThan(6_000 * 700);
        for (int d : m.index().day()) {
            assertThat(TradingCalendar.isSession(LocalDate.ofEpochDay(d))).isTrue();
        }
        assertThat(m.index().barCount()).isEqualTo(756);
        assertThat(m.dataVersion()).isEqualTo("sim-v1:seed=42,symbols=6000,bars=756,end=2026-11-20");
        assertThat(m.loadSkipped()).isEmpty();
    }

    @Test
    void universeHasElevenSectorsUniqueTickersAndRealisticNames() {
        Market m = DefaultMarket.get();
        Map<String, Long> sectors = m.symbols().stream()
                .collect(Collectors.groupingBy(SymbolInfo::sector, Collectors.counting()));
        assertThat(sectors).hasSize(11);
        assertThat(sectors.values()).allMatch(n -> n >= 100);
        Map<String, Set<String>> industries = m.symbols().stream().collect(Collectors.groupingBy(
                SymbolInfo::sector, Collectors.mapping(SymbolInfo::industry, Collectors.toSet())));
        assertThat(industries.values()).allMatch(s -> s.size() >= 4);
        Set<String> tickers = new HashSet<>();
        for (SymbolInfo s : m.symbols()) {
            assertThat(s.symbol()).matches("[A-Z]{1,5}");
            assertThat(tickers.add(s.symbol())).isTrue();
            assertThat(s.name()).matches("[A-Z][a-z]+ .+");
        }
        List<String> sorted = m.symbols().stream().map(SymbolInfo::symbol).sorted().toList();
        assertThat(m.symbols().stream().map(SymbolInfo::symbol).toList()).isEqualTo(sorted);
        assertThat(tickers.stream().filter(t -> t.length() <= 2).count()).isBetween(50L, 600L);
    }

    @Test
    void marketCapsSpanMicroToMegaAndFundamentalsFollowSectorAndSize() {
        Market m = DefaultMarket.get();
        double[] caps = m.symbols().stream().mapToDouble(SymbolInfo::marketCap).sorted().toArray();
        assertThat(caps[0]).isLessThan(5e7);
        assertThat(caps[caps.length - 1]).isGreaterThan(3e11);
        assertThat(caps[caps.length / 2]).isBetween(5e8, 5e9);

        assertThat(m.symbols().stream().filter(s -> s.sector().equals("Financials")))
                .allMatch(s -> Double.isNaN(s.fundamentals().grossMargin()));
        assertThat(m.symbols().stream().filter(s -> !s.sector().equals("Financials")))
                .allMatch(s -> s.fundamentals().grossMargin() > 0);
        assertThat(m.symbols()).allMatch(s -> s.fundamentals().roe() > 0 || Double.isNaN(s.fundamentals().pe()));
        assertThat(median(m, "Utilities", f -> f.debtToEquity()))
                .isGreaterThan(2 * median(m, "Information Technology", f -> f.debtToEquity()));
        assertThat(median(m, "Information Technology", f -> f.pe())).isGreaterThan(median(m, "Energy", f -> f.pe()));
        assertThat(median(m, "Health Care", f -> f.netMargin())).isLessThan(median(m, "Consumer Staples", f -> f.netMargin()));

        double[] logCap = m.symbols().stream().mapToDouble(s -> Math.log(s.marketCap())).toArray();
        double[] roe = m.symbols().stream().mapToDouble(s -> s.fundamentals().roe()).toArray();
        assertThat(Stats.spearman(logCap, roe)).isGreaterThan(0.1);
    }

    private static double median(Market m, String sector,
                                 java.util.function.ToDoubleFunction<io.technic.scanner.model.Fundamentals> f) {
        double[] x = m.symbols().stream().filter(s -> s.sector().equals(sector))
                .mapToDouble(s -> f.applyAsDouble(s.fundamentals())).filter(v -> !Double.isNaN(v)).sorted().toArray();
        return x[x.length / 2];
    }

    @Test
    void someSymbolsListLaterSoHistoryFiltersMatter() {
        BarColumns b = DefaultMarket.get().bars();
        int shorter = 0;
        int veryShort = 0;
        for (int s = 0; s < b.symbolCount(); s++) {
            shorter += b.length(s) < 756 ? 1 : 0;
            veryShort += b.length(s) < 60 ? 1 : 0;
        }
        assertThat(shorter).isBetween(150, 500);
        assertThat(veryShort).isBetween(20, 120);
    }

    @Test
    void returnsHaveRealisticVolatilityFatTailsAndClustering() {
        BarColumns b = DefaultMarket.get().bars();
        double[] c = b.close();
        int n = b.symbolCount();
        double[] vol = new double[n];
        double[] kurt = new double[n];
        double[] acf = new double[n];
        double[] volumeCorr = new double[n];
        int full = 0;
        for (int s = 0; s < n; s++) {
            if (b.length(s) < 756) {
                continue;
            }
            double[] r = new double[b.length(s) - 1];
            double[] logV = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = Math.log(c[b.start(s) + i + 1] / c[b.start(s) + i]);
                logV[i] = Math.log(1 + b.volume()[b.start(s) + i + 1]);
            }
            double[] abs = Arrays.stream(r).map(Math::abs).toArray();
            vol[full] = Stats.sd(r) * Math.sqrt(252);
            kurt[full] = Stats.kurtosis(r);
            acf[full] = Stats.autocorrelation(abs, 1);
            volumeCorr[full] = Stats.pearson(abs, logV);
            full++;
        }
        vol = Arrays.copyOf(vol, full);
        Arrays.sort(vol);
        assertThat(vol[full / 2]).as("median annualised vol").isBetween(0.25, 0.60);
        assertThat(vol[full / 20]).as("5th percentile").isBetween(0.12, 0.35);
        assertThat(vol[full * 19 / 20]).as("95th percentile").isBetween(0.6, 1.5);
        assertThat(median(kurt, full)).as("median kurtosis of daily log returns").isGreaterThan(4);
        assertThat(median(acf, full)).as("median lag-1 autocorrelation of |r|").isGreaterThan(0.03);
        assertThat(median(volumeCorr, full)).as("median corr(|r|, log volume)").isGreaterThan(0.15);

        double[] idx = DefaultMarket.get().index().close();
        double[] ir = new double[idx.length - 1];
        for (int i = 0; i < ir.length; i++) {
            ir[i] = Math.log(idx[i + 1] / idx[i]);
        }
        assertThat(Stats.sd(ir) * Math.sqrt(252)).as("index vol").isBetween(0.10, 0.25);
        assertThat(Stats.kurtosis(ir)).as("index kurtosis").isGreaterThan(3);
        assertThat(Stats.autocorrelation(Arrays.stream(ir).map(Math::abs).toArray(), 1)).isGreaterThan(0);
    }

    @Test
    void stocksMoveWithTheIndexAccordingToTheirBeta() {
        Market m = DefaultMarket.get();
        BarColumns b = m.bars();
        double[] idx = m.index().close();
        double[] avg = new double[idx.length - 1];
        int[] cnt = new int[avg.length];
        for (int s = 0; s < b.symbolCount(); s++) {
            int off = 756 - b.length(s);
            for (int i = b.start(s) + 1; i < b.end(s); i++) {
                int t = off + i - b.start(s) - 1;
                avg[t] += Math.log(b.close()[i] / b.close()[i - 1]);
                cnt[t]++;
            }
        }
        double[] ir = new double[avg.length];
        for (int t = 0; t < avg.length; t++) {
            avg[t] /= cnt[t];
            ir[t] = Math.log(idx[t + 1] / idx[t]);
        }
        assertThat(Stats.pearson(avg, ir)).isGreaterThan(0.85);
    }

    private static double median(double[] x, int n) {
        double[] y = Arrays.copyOf(x, n);
        Arrays.sort(y);
        return y[n / 2];
    }
}
