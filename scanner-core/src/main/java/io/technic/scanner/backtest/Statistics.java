package io.technic.scanner.backtest;

import java.util.Arrays;
import java.util.List;

/** Pooled statistics of the picks' forward returns over one horizon. */
final class Statistics {

    private static final int BINS = 20;

    private Statistics() {}

    static BacktestResult.HorizonStats horizon(List<BacktestResult.Day> days, int h, int horizon) {
        int cap = 0;
        for (BacktestResult.Day d : days) {
            cap += d.picks().size();
        }
        double[] exU = new double[cap];
        double[] exI = new double[cap];
        int n = 0;
        int nI = 0;
        int hitU = 0;
        int hitI = 0;
        double sumR = 0;
        double sumUni = 0;
        int dates = 0;
        double[] perDate = new double[days.size()];
        int nonOverlapping = 0;
        for (int di = 0; di < days.size(); di++) {
            BacktestResult.Day d = days.get(di);
            double uni = d.universeReturn()[h];
            double idx = d.indexReturn()[h];
            double dateSum = 0;
            int dateN = 0;
            for (BacktestResult.Pick p : d.picks()) {
                double r = p.forward()[h];
                if (Double.isNaN(r) || Double.isNaN(uni)) {
                    continue;
                }
                sumR += r;
                sumUni += uni;
                exU[n++] = r - uni;
                hitU += r > uni ? 1 : 0;
                dateSum += r - uni;
                dateN++;
                if (!Double.isNaN(idx)) {
                    exI[nI++] = r - idx;
                    hitI += r > idx ? 1 : 0;
                }
            }
            if (dateN > 0) {
                dates++;
                if (di % horizon == 0) {
                    perDate[nonOverlapping++] = dateSum / dateN;
                }
            }
        }
        double[] u = Arrays.copyOf(exU, n);
        double[] ix = Arrays.copyOf(exI, nI);
        Arrays.sort(u);
        Arrays.sort(ix);
        double[] q = new double[Backtest.QUANTILE_LEVELS.length];
        for (int k = 0; k < q.length; k++) {
            q[k] = quantile(u, Backtest.QUANTILE_LEVELS[k]);
        }
        double[] edges = new double[0];
        int[] hist = new int[0];
        if (n > 0) {
            double lo = quantile(u, 0.01);
            double hi = quantile(u, 0.99);
            if (hi <= lo) {
                hi = lo + 1e-9;
            }
            edges = new double[BINS + 1];
            for (int k = 0; k <= BINS; k++) {
                edges[k] = lo + (hi - lo) * k / BINS;
            }
            hist = new int[BINS];
            for (double v : u) {
                int bin = (int) Math.floor((v - lo) / (hi - lo) * BINS);
                hist[Math.clamp(bin, 0, BINS - 1)]++;
            }
        }
        return new BacktestResult.HorizonStats(horizon, n, dates, n == 0 ? Double.NaN : sumR / n,
                n == 0 ? Double.NaN : sumUni / n,
                nI == 0 ? Double.NaN : (double) hitI / nI, n == 0 ? Double.NaN : (double) hitU / n,
                mean(ix), quantile(ix, 0.5), mean(u), quantile(u, 0.5),
                tStat(Arrays.copyOf(perDate, nonOverlapping)), Backtest.QUANTILE_LEVELS.clone(), q, edges, hist);
    }

    static double mean(double[] a) {
        if (a.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    /** Linear-interpolated quantile of a sorted array; NaN when empty. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(i + 1, sorted.length - 1);
        return sorted[i] + (sorted[j] - sorted[i]) * (pos - i);
    }

    /** Standard deviation (n - 1); NaN below two values. */
    static double sd(double[] a) {
        if (a.length < 2) {
            return Double.NaN;
        }
        double m = mean(a);
        double ss = 0;
        for (double v : a) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (a.length - 1));
    }

    /** Mean over its standard error; NaN below two values. */
    static double tStat(double[] a) {
        double sd = sd(a);
        return a.length < 2 || sd == 0 ? Double.NaN : mean(a) / (sd / Math.sqrt(a.length));
    }
}
