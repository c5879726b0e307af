package io.technic.scanner.data.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planted effects are there and weak: on the default universe, the per-date Spearman
 * correlation between the 12-1 momentum known at a close and the next five days' return in
 * excess of the index is positive, with a t-stat over 3 across non-overlapping dates, and a
 * simple combination of the planted signals reaches the rank IC of a good model (0.03-0.08).
 */
class SimulatedMarketPredictabilityTest {

    private static final int HORIZON = 5;

    @Test
    void momentumPredictsFiveDayExcessReturnsWeaklyButClearly() {
        Market m = DefaultMarket.get();
        BarColumns b = m.bars();
        double[] c = b.close();
        double[] idx = m.index().close();
        int sessions = idx.length;
        List<Double> momIc = new ArrayList<>();
        List<Double> modelIc = new ArrayList<>();
        for (int t = 252; t + HORIZON < sessions; t += HORIZON) {     // non-overlapping forward windows
            int n = 0;
            double[] mom = new double[b.symbolCount()];
            double[] rev = new double[mom.length];
            double[] lowVol = new double[mom.length];
            double[] roe = new double[mom.length];
            double[] fwd = new double[mom.length];
            double index = Math.log(idx[t + HORIZON] / idx[t]);
            for (int s = 0; s < b.symbolCount(); s++) {
                int first = sessions - b.length(s);      // calendar position of the symbol's first bar
                if (t - 251 < first) {
                    continue;
                }
                int i = b.start(s) + t - first;          // flat index of session t
                mom[n] = Math.log(c[i - 20] / c[i - 251]);
                rev[n] = -Math.log(c[i] / c[i - 20]);
                double ss = 0;
                for (int k = i - 59; k <= i; k++) {
                    double r = Math.log(c[k] / c[k - 1]);
                    ss += r * r;
                }
                lowVol[n] = -ss;
                roe[n] = m.symbols().get(s).fundamentals().roe();
                fwd[n] = Math.log(c[i + HORIZON] / c[i]) - index;
                n++;
            }
            double[] f = java.util.Arrays.copyOf(fwd, n);
            double[] rm = Stats.ranks(java.util.Arrays.copyOf(mom, n));
            double[] rr = Stats.ranks(java.util.Arrays.copyOf(rev, n));
            double[] rl = Stats.ranks(java.util.Arrays.copyOf(lowVol, n));
            double[] rq = Stats.ranks(java.util.Arrays.copyOf(roe, n));
            double[] score = new double[n];
            for (int k = 0; k < n; k++) {
                score[k] = rm[k] + 0.7 * rr[k] + 0.5 * rl[k] + 0.3 * rq[k];
            }
            double[] rf = Stats.ranks(f);
            momIc.add(Stats.pearson(rm, rf));
            modelIc.add(Stats.spearman(score, f));
        }
        double mean = mean(momIc);
        double t = mean / sd(momIc, mean) * Math.sqrt(momIc.size());
        double model = mean(modelIc);
        System.out.printf("[sim] 12-1 momentum rank IC %.4f (t %.1f over %d dates); combined signals %.4f%n",
                mean, t, momIc.size(), model);
        assertThat(mean).isBetween(0.015, 0.08);
        assertThat(t).isGreaterThan(3);
        assertThat(model).isBetween(0.03, 0.08);
    }

    private static double mean(List<Double> x) {
        return x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double sd(List<Double> x, double mean) {
        return Math.sqrt(x.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (x.size() - 1));
    }
}
