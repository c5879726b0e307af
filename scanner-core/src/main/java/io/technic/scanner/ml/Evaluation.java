package io.technic.scanner.ml;

import java.time.LocalDate;
import java.util.Arrays;

/** Computes {@link ValidationMetrics} of forecasts against a data set's realised excess returns. */
public final class Evaluation {

    /** Dates with fewer rows than this get no IC (a rank correlation of a handful of names is noise). */
    public static final int MIN_ROWS_PER_DATE = 10;

    private Evaluation() {}

    /** Daily Spearman ICs of {@code pred} (aligned with the rows of {@code d}); NaN for dates too small or constant. */
    public static double[] dailyIc(Dataset d, float[] pred) {
        double[] ic = new double[d.dates()];
        for (int g = 0; g < d.dates(); g++) {
            int a = d.dateStart()[g];
            int b = d.dateStart()[g + 1];
            if (b - a < MIN_ROWS_PER_DATE) {
                ic[g] = Double.NaN;
                continue;
            }
            double[] p = new double[b - a];
            for (int i = a; i < b; i++) {
                p[i - a] = pred[i];
            }
            ic[g] = CrossSectional.spearman(p, Arrays.copyOfRange(d.excess(), a, b));
        }
        return ic;
    }

    /** Mean daily IC (NaN dates ignored); used for early stopping. */
    public static double meanIc(Dataset d, float[] pred) {
        double s = 0;
        int n = 0;
        for (double v : dailyIc(d, pred)) {
            if (Double.isFinite(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /**
     * All metrics of {@code pred} over {@code d}.
     *
     * @param horizon the label horizon in sessions (the Newey–West lag is {@code horizon - 1})
     */
    public static ValidationMetrics evaluate(String window, Dataset d, float[] pred, int horizon) {
        double[] ic = dailyIc(d, pred);
        double[] v = Arrays.stream(ic).filter(Double::isFinite).toArray();
        int n = v.length;
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double tNaive = n > 1 && sd > 0 ? mean / (sd / Math.sqrt(n)) : Double.NaN;
        double tNw = neweyWestT(v, mean, Math.max(0, horizon - 1));

        double spread = 0;
        int spreadDates = 0;
        long hits = 0;
        long counted = 0;
        for (int g = 0; g < d.dates(); g++) {
            int a = d.dateStart()[g];
            int b = d.dateStart()[g + 1];
            int m = b - a;
            if (m < MIN_ROWS_PER_DATE) {
                continue;
            }
            Integer[] order = new Integer[m];
            for (int i = 0; i < m; i++) {
                order[i] = a + i;
            }
            Arrays.sort(order, (p, q) -> {
                int c = Float.compare(pred[p], pred[q]);
                return c != 0 ? c : Integer.compare(p, q);
            });
            int dec = Math.max(1, m / 10);
            double top = 0;
            double bottom = 0;
            for (int i = 0; i < dec; i++) {
                bottom += d.excess()[order[i]];
                top += d.excess()[order[m - 1 - i]];
            }
            spread += (top - bottom) / dec;
            spreadDates++;
            double medPred = median(pred, a, b);
            double medY = median(d.excess(), a, b);
            for (int i = a; i < b; i++) {
                double sp = Math.signum(pred[i] - medPred);
                double sy = Math.signum(d.excess()[i] - medY);
                if (sp != 0 && sy != 0) {
                    counted++;
                    if (sp == sy) {
                        hits++;
                    }
                }
            }
        }
        LocalDate from = d.firstDate();
        LocalDate to = d.lastDate();
        return new ValidationMetrics(window, from, to, n, d.rows(), mean, tNw, tNaive, sd,
                spreadDates == 0 ? Double.NaN : spread / spreadDates,
                counted == 0 ? Double.NaN : (double) hits / counted);
    }

    /** t of the mean of a series with Bartlett-weighted autocovariances up to {@code lag}. */
    static double neweyWestT(double[] v, double mean, int lag) {
        int n = v.length;
        if (n < 2) {
            return Double.NaN;
        }
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean);
        }
        var /= n;
        double lrv = var;
        for (int l = 1; l <= Math.min(lag, n - 1); l++) {
            double c = 0;
            for (int i = l; i < n; i++) {
                c += (v[i] - mean) * (v[i - l] - mean);
            }
            c /= n;
            lrv += 2 * (1 - l / (lag + 1.0)) * c;
        }
        return lrv > 0 ? mean / Math.sqrt(lrv / n) : Double.NaN;
    }

    private static double median(float[] v, int a, int b) {
        float[] c = Arrays.copyOfRange(v, a, b);
        Arrays.sort(c);
        int m = c.length;
        return m % 2 == 1 ? c[m / 2] : 0.5 * ((double) c[m / 2 - 1] + c[m / 2]);
    }

    private static double median(double[] v, int a, int b) {
        double[] c = Arrays.copyOfRange(v, a, b);
        Arrays.sort(c);
        int m = c.length;
        return m % 2 == 1 ? c[m / 2] : 0.5 * (c[m / 2 - 1] + c[m / 2]);
    }
}
