package io.technic.scanner.ml;

import io.technic.scanner.model.FeatureSchema;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A labelled training set, rows grouped by date in ascending order (then by symbol position).
 * Features are {@code float} because that is what XGBoost consumes; NaN means missing.
 *
 * @param schema     names of the feature columns
 * @param x          row-major features, {@code rows × schema.size()}
 * @param excess     the raw forward excess log return of each row (what metrics measure)
 * @param day        epoch day of each row's date t
 * @param symbol     position of each row's symbol in the market
 * @param dateStart  first row of each distinct date, plus {@code rows} at the end
 * @param label      the label definition
 * @param source     where the bars came from
 */
public record Dataset(FeatureSchema schema, float[] x, double[] excess, int[] day, int[] symbol, int[] dateStart,
                      LabelSpec label, String source) {

    /** Number of rows. */
    public int rows() {
        return excess.length;
    }

    /** Number of distinct dates. */
    public int dates() {
        return dateStart.length - 1;
    }

    /** Epoch day of date group {@code g}. */
    public int dayOfGroup(int g) {
        return day[dateStart[g]];
    }

    /** First date, or null when empty. */
    public LocalDate firstDate() {
        return rows() == 0 ? null : LocalDate.ofEpochDay(day[0]);
    }

    /** Last date, or null when empty. */
    public LocalDate lastDate() {
        return rows() == 0 ? null : LocalDate.ofEpochDay(day[rows() - 1]);
    }

    /** The first date group whose day is on or after {@code epochDay} ({@link #dates()} if none). */
    public int groupOnOrAfter(int epochDay) {
        int lo = 0;
        int hi = dates();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dayOfGroup(mid) < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The date groups {@code [g0, g1)}, every {@code stride}-th, as a new data set (copies). */
    public Dataset groups(int g0, int g1, int stride) {
        int cols = schema.size();
        int n = 0;
        int groups = 0;
        for (int g = g0; g < g1; g += stride) {
            n += dateStart[g + 1] - dateStart[g];
            groups++;
        }
        float[] nx = new float[n * cols];
        double[] ne = new double[n];
        int[] nd = new int[n];
        int[] ns = new int[n];
        int[] starts = new int[groups + 1];
        int r = 0;
        int k = 0;
        for (int g = g0; g < g1; g += stride) {
            int a = dateStart[g];
            int len = dateStart[g + 1] - a;
            starts[k++] = r;
            System.arraycopy(x, a * cols, nx, r * cols, len * cols);
            System.arraycopy(excess, a, ne, r, len);
            System.arraycopy(day, a, nd, r, len);
            System.arraycopy(symbol, a, ns, r, len);
            r += len;
        }
        starts[groups] = r;
        return new Dataset(schema, nx, ne, nd, ns, starts, label, source);
    }

    /** The training target of every row: {@link #excess} transformed per date by the label's transform. */
    public float[] target() {
        float[] y = new float[rows()];
        for (int g = 0; g < dates(); g++) {
            int a = dateStart[g];
            int b = dateStart[g + 1];
            double[] v = Arrays.copyOfRange(excess, a, b);
            double[] t = switch (label.transform()) {
                case NONE -> v;
                case RANK -> CrossSectional.centredRank(v);
                case ZSCORE -> CrossSectional.winsorisedZ(v, 3);
            };
            for (int i = a; i < b; i++) {
                y[i] = (float) t[i - a];
            }
        }
        return y;
    }
}
