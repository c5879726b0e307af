package io.technic.app.ui.results;

import io.technic.scanner.model.ScanRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts result rows by one or more columns fast enough for thousands of rows on every header
 * click: each key column is read once per row into a primitive (or string) array, then an
 * {@code int[]} of row indices is merge-sorted against those arrays — no per-comparison cell
 * objects, no boxing. Numbers without a value (NaN) sort last in either direction; the sort is
 * stable, so ties keep the incoming (MERIT rank) order.
 */
final class RowSorter {

    /** A sort key: a column and its direction. */
    record Key(ResultColumn column, boolean ascending) {}

    /** Compares two row indices. */
    @FunctionalInterface
    private interface IndexOrder {
        int compare(int a, int b);
    }

    private RowSorter() {}

    static List<ScanRow> sort(List<ScanRow> rows, List<Key> keys) {
        int n = rows.size();
        if (keys.isEmpty() || n < 2) {
            return rows;
        }
        IndexOrder[] orders = new IndexOrder[keys.size()];
        for (int k = 0; k < orders.length; k++) {
            orders[k] = keys.get(k).column().isNumeric() ? numeric(rows, keys.get(k)) : text(rows, keys.get(k));
        }
        IndexOrder cmp = orders.length == 1 ? orders[0] : (a, b) -> {
            for (IndexOrder o : orders) {
                int c = o.compare(a, b);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        mergeSort(idx, new int[n], 0, n, cmp);
        List<ScanRow> out = new ArrayList<>(n);
        for (int i : idx) {
            out.add(rows.get(i));
        }
        return out;
    }

    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, IndexOrder cmp) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) { // insertion sort: stable
                int x = a[i];
                int j = i - 1;
                while (j >= lo && cmp.compare(a[j], x) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, cmp);
        mergeSort(a, tmp, mid, hi, cmp);
        if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && cmp.compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    private static IndexOrder numeric(List<ScanRow> rows, Key k) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = k.column().numberOf(rows.get(i));
        }
        boolean asc = k.ascending();
        return (a, b) -> {
            double x = v[a];
            double y = v[b];
            if (x != x || y != y) { // NaN last, whatever the direction
                return (x != x) == (y != y) ? 0 : x != x ? 1 : -1;
            }
            return asc ? Double.compare(x, y) : Double.compare(y, x);
        };
    }

    private static IndexOrder text(List<ScanRow> rows, Key k) {
        String[] v = new String[rows.size()];
        for (int i = 0; i < v.length; i++) {
            String s = k.column().text().apply(rows.get(i));
            v[i] = s == null ? "" : s.toLowerCase(java.util.Locale.ROOT); // fold case once, not per comparison
        }
        boolean asc = k.ascending();
        return (a, b) -> asc ? v[a].compareTo(v[b]) : v[b].compareTo(v[a]);
    }
}
