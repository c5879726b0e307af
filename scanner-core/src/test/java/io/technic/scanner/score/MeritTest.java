package io.technic.scanner.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.feature.Features;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Contribution;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.Regime;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.SymbolInfo;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.testdata.RealData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MeritTest {

    private static final int COLS = Features.SCHEMA.size();

    /** Random but plausible feature rows. */
    private static UniverseScorer.Input input(int n, long seed, Profile profile, Regime.Name regime) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] f = new double[n * COLS];
        for (int i = 0; i < f.length; i++) {
            f[i] = rnd.nextDouble();
        }
        double[] tech = new double[n * 5];
        List<SymbolInfo> infos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tech[i * 5] = 100 * rnd.nextDouble();
            infos.add(new SymbolInfo("S" + i, "n", i % 2 == 0 ? "Energy" : "Utilities", "x", 1e9 * (1 + i), null));
        }
        Regime g = new Regime(regime, null, 1, 1, 0, 0.2, 0.5);
        return new UniverseScorer.Input(Features.SCHEMA, f, n, new TechRating().names(), tech, infos, g, profile);
    }

    @Test
    void everyScoreIsWithinZeroToHundred() {
        for (Profile p : Profile.values()) {
            for (Regime.Name g : Regime.Name.values()) {
                UniverseScorer.Output out = new Merit().score(input(300, 1, p, g));
                for (double s : out.scores()) {
                    assertThat(s).isBetween(0.0, 100.0);
                }
            }
        }
    }

    @Test
    void moreLiquidityNeverLowersIcs() {
        UniverseScorer.Input in = input(200, 2, Profile.BALANCED, Regime.Name.NEUTRAL);
        int ics = new Merit().scoreNames().indexOf(Merit.ICS);
        int k = 5;
        double before = new Merit().score(in).scores()[k * 5 + ics];
        in.features()[k * COLS + Features.SCHEMA.indexOf(Features.DOLLAR_VOLUME_20)] = 1e12;
        double after = new Merit().score(in).scores()[k * 5 + ics];
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Test
    void scoresDoNotDependOnUniverseOrder() {
        UniverseScorer.Input in = input(150, 3, Profile.AGGRESSIVE, Regime.Name.BULL_QUIET);
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            perm.add(i);
        }
        Collections.shuffle(perm, new java.util.Random(9));
        double[] f = new double[in.features().length];
        double[] t = new double[in.rowScores().length];
        List<SymbolInfo> infos = new ArrayList<>();
        for (int r = 0; r < 150; r++) {
            int src = perm.get(r);
            System.arraycopy(in.features(), src * COLS, f, r * COLS, COLS);
            System.arraycopy(in.rowScores(), src * 5, t, r * 5, 5);
            infos.add(in.infos().get(src));
        }
        var shuffled = new UniverseScorer.Input(in.schema(), f, 150, in.rowScoreNames(), t, infos, in.regime(), in.profile());
        double[] a = new Merit().score(in).scores();
        double[] b = new Merit().score(shuffled).scores();
        for (int r = 0; r < 150; r++) {
            int src = perm.get(r);
            for (int k = 0; k < 5; k++) {
                assertThat(b[r * 5 + k]).isEqualTo(a[src * 5 + k]);
            }
        }
    }

    @Test
    void contributionsAddUpToMerit() {
        UniverseScorer.Output out = new Merit().score(input(100, 4, Profile.CONSERVATIVE, Regime.Name.BEAR_QUIET));
        for (int i = 0; i < 100; i++) {
            double sum = out.contributions().get(i).stream().mapToDouble(Contribution::points).sum();
            double merit = out.scores()[i * 5];
            if (merit > 0 && merit < 100) {
                assertThat(sum).isCloseTo(merit, within(1e-9));
            }
        }
    }

    @Test
    void bearRegimesWeighQualityAndIcsMoreThanBullQuiet() {
        double[] bull = Merit.weights(Profile.BALANCED, Regime.Name.BULL_QUIET);
        double[] bear = Merit.weights(Profile.BALANCED, Regime.Name.BEAR_VOLATILE);
        double bullQ = bull[2] / sum(bull);
        double bearQ = bear[2] / sum(bear);
        assertThat(bearQ).isGreaterThan(bullQ);
        assertThat(Merit.riskLambda(Profile.CONSERVATIVE, Regime.Name.BEAR_VOLATILE))
                .isGreaterThan(Merit.riskLambda(Profile.CONSERVATIVE, Regime.Name.BEAR_QUIET));
    }

    @Test
    void scoringWithAHelperThreadGivesTheSameOutputBitForBit() {
        java.util.concurrent.ExecutorService helper = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (boolean neutral : new boolean[] {false, true}) {
                Merit merit = new Merit(neutral);
                for (int n : new int[] {1, 2, 3, 257}) {
                    UniverseScorer.Input in = input(n, 40 + n, Profile.AGGRESSIVE, Regime.Name.BEAR_QUIET);
                    UniverseScorer.Output alone = merit.score(in);
                    UniverseScorer.Output helped = merit.score(in, helper);
                    assertThat(bits(helped.scores())).as("scores, n " + n).containsExactly(bits(alone.scores()));
                    assertThat(bits(helped.factors())).as("factors, n " + n).containsExactly(bits(alone.factors()));
                    assertThat(helped.contributions()).as("contributions, n " + n).isEqualTo(alone.contributions());
                }
            }
        } finally {
            helper.shutdownNow();
        }
    }

    private static long[] bits(double[] x) {
        long[] b = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            b[i] = Double.doubleToLongBits(x[i]);
        }
        return b;
    }

    @Test
    void realDataScanHasNoNaNScoreAndIsDeterministic() {
        Market m = RealData.market();
        try (Scanner s = new Scanner(src -> m, new TechnicalFeatures(), new TechRating(), new Merit())) {
            ScanRequest req = ScanRequest.of("real").withFilter(UniverseFilter.none());
            ScanResult a = s.submit(req, m, null).result().join();
            ScanResult b = s.submit(req.withThreads(1), m, null).result().join();
            assertThat(a.rows()).isNotEmpty();
            for (ScanRow row : a.rows()) {
                row.scores().forEach((k, v) -> assertThat(v).as(row.symbol() + " " + k).isFinite().isBetween(0.0, 100.0));
                assertThat(row.contributions()).isNotEmpty();
            }
            for (int i = 0; i < a.rows().size(); i++) {
                assertThat(b.rows().get(i).symbol()).isEqualTo(a.rows().get(i).symbol());
                assertThat(b.rows().get(i).score()).isEqualTo(a.rows().get(i).score());
            }
            assertThat(a.regime().name()).isNotEqualTo(Regime.Name.UNKNOWN);
        }
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }
}
