package io.technic.scanner.indicator;

import java.util.Arrays;

/**
 * Beta to an index and idiosyncratic volatility over the last {@code period} daily log
 * returns. The index close at each of the symbol's dates is the index's close on the last
 * index date on or before it (as in {@link RelativeStrength}). With symbol returns
 * {@code r} and index returns {@code m}: {@code beta = cov(r, m) / var(m)} and
 * idiosyncratic volatility = sample standard deviation of {@code r - beta·m} × √252
 * (annualized fraction). NaN where the index has no date on or before the window's start or
 * the index did not move. Not in TA-Lib.
 */
public final class Beta {

    private Beta() {}

    /** Warm-up in bars: {@code period} (returns need a previous close). */
    public static int lookback(int period) {
        return period;
    }

    /**
     * Writes beta and idiosyncratic volatility for each bar in {@code [from, to)}; O(period)
     * per output plus a binary search, meant for few outputs.
     *
     * @throws IllegalArgumentException if {@code period < 2}
     */
    public static void compute(int[] day, double[] close, int from, int to,
                               int[] indexDay, double[] indexClose, int indexFrom, int indexTo,
                               int period, double[] beta, double[] idioVol) {
        if (period < 2) {
            throw new IllegalArgumentException("period must be >= 2: " + period);
        }
        int first = from + lookback(period);
        if (first >= to) {
            Arrays.fill(beta, from, to, Double.NaN);
            Arrays.fill(idioVol, from, to, Double.NaN);
            return;
        }
        Arrays.fill(beta, from, first, Double.NaN);
        Arrays.fill(idioVol, from, first, Double.NaN);
        double[] r = new double[period];
        double[] m = new double[period];
        double[] bi = new double[2];
        for (int t = first; t < to; t++) {
            int k = RelativeStrength.lastOnOrBefore(indexDay, indexFrom, indexTo, day[t - period]);
            if (k < indexFrom) {
                beta[t] = Double.NaN;
                idioVol[t] = Double.NaN;
                continue;
            }
            double prevIndex = indexClose[k];
            for (int j = 0; j < period; j++) {
                int i = t - period + 1 + j;
                while (k + 1 < indexTo && indexDay[k + 1] <= day[i]) {
                    k++;
                }
                r[j] = Math.log(close[i] / close[i - 1]);
                m[j] = Math.log(indexClose[k] / prevIndex);
                prevIndex = indexClose[k];
            }
            ofReturns(r, m, 0, period, bi);
            beta[t] = bi[0];
            idioVol[t] = bi[1];
        }
    }

    /**
     * Beta and idiosyncratic volatility of one window of aligned returns: symbol {@code r} and
     * index {@code m} over {@code [from, to)}; writes {@code out[0]} beta, {@code out[1]} the
     * annualized idiosyncratic volatility (both NaN when the index did not move).
     */
    public static void ofReturns(double[] r, double[] m, int from, int to, double[] out) {
        int n = to - from;
        double rMean = 0;
        double mMean = 0;
        for (int j = from; j < to; j++) {
            rMean += r[j];
            mMean += m[j];
        }
        rMean /= n;
        mMean /= n;
        double cov = 0;
        double var = 0;
        for (int j = from; j < to; j++) {
            cov += (r[j] - rMean) * (m[j] - mMean);
            var += (m[j] - mMean) * (m[j] - mMean);
        }
        if (!(var > 0)) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
            return;
        }
        double b = cov / var;
        double eMean = rMean - b * mMean;
        double ss = 0;
        for (int j = from; j < to; j++) {
            double e = r[j] - b * m[j] - eMean;
            ss += e * e;
        }
        out[0] = b;
        out[1] = Math.sqrt(ss / (n - 1) * 252);
    }
}
