package io.technic.scanner.portfolio;

/**
 * Reference minimum-variance solver for tiny N: tries every active set (each name at 0, at the
 * cap or free; each sector binding or not), solves the equality-constrained QP by its KKT
 * system, and keeps the feasible solution of least variance. Exponential; tests only.
 */
final class ActiveSetReference {

    private ActiveSetReference() {}

    static double[] minimumVariance(double[][] c, int[] sector, double maxWeight, double sectorCap) {
        int n = c.length;
        int sectors = 0;
        for (int s : sector) {
            sectors = Math.max(sectors, s + 1);
        }
        double best = Double.POSITIVE_INFINITY;
        double[] bestW = null;
        int states = (int) Math.pow(3, n);
        for (int code = 0; code < states; code++) {
            int[] state = new int[n]; // 0 free, 1 at zero, 2 at cap
            for (int i = 0, k = code; i < n; i++, k /= 3) {
                state[i] = k % 3;
            }
            for (int mask = 0; mask < (1 << sectors); mask++) {
                double[] w = solve(c, sector, maxWeight, sectorCap, state, mask, sectors);
                if (w == null || !feasible(w, sector, maxWeight, sectorCap, sectors)) {
                    continue;
                }
                double v = Covariances.variance(c, w);
                if (v < best - 1e-18) {
                    best = v;
                    bestW = w;
                }
            }
        }
        return bestW;
    }

    private static double[] solve(double[][] c, int[] sector, double m, double cap, int[] state, int mask, int sectors) {
        int n = c.length;
        double[] w = new double[n];
        int[] free = java.util.stream.IntStream.range(0, n).filter(i -> state[i] == 0).toArray();
        for (int i = 0; i < n; i++) {
            w[i] = state[i] == 2 ? m : 0;
        }
        int f = free.length;
        int[] binding = java.util.stream.IntStream.range(0, sectors).filter(s -> (mask >> s & 1) == 1).toArray();
        int k = 1 + binding.length;
        int size = f + k;
        double[][] a = new double[size][size + 1];
        for (int p = 0; p < f; p++) {
            int i = free[p];
            double rhs = 0;
            for (int j = 0; j < n; j++) {
                if (state[j] != 0) {
                    rhs -= c[i][j] * w[j];
                }
            }
            for (int q = 0; q < f; q++) {
                a[p][q] = c[i][free[q]];
            }
            a[p][f] = 1; // budget multiplier
            for (int b = 0; b < binding.length; b++) {
                a[p][f + 1 + b] = sector[i] == binding[b] ? 1 : 0;
            }
            a[p][size] = rhs;
        }
        double fixedSum = java.util.Arrays.stream(w).sum();
        for (int q = 0; q < f; q++) {
            a[f][q] = 1;
        }
        a[f][size] = 1 - fixedSum;
        for (int b = 0; b < binding.length; b++) {
            double fixedIn = 0;
            for (int i = 0; i < n; i++) {
                if (sector[i] == binding[b]) {
                    fixedIn += w[i];
                }
            }
            for (int q = 0; q < f; q++) {
                a[f + 1 + b][q] = sector[free[q]] == binding[b] ? 1 : 0;
            }
            a[f + 1 + b][size] = cap - fixedIn;
        }
        double[] x = gauss(a, size);
        if (x == null) {
            return null;
        }
        for (int p = 0; p < f; p++) {
            w[free[p]] = x[p];
        }
        return w;
    }

    private static boolean feasible(double[] w, int[] sector, double m, double cap, int sectors) {
        double total = 0;
        double[] ss = new double[sectors];
        for (int i = 0; i < w.length; i++) {
            if (w[i] < -1e-12 || w[i] > m + 1e-12) {
                return false;
            }
            ss[sector[i]] += w[i];
            total += w[i];
        }
        for (double s : ss) {
            if (s > cap + 1e-12) {
                return false;
            }
        }
        return Math.abs(total - 1) < 1e-10;
    }

    private static double[] gauss(double[][] a, int n) {
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            if (Math.abs(a[piv][col]) < 1e-14) {
                return null;
            }
            double[] t = a[piv];
            a[piv] = a[col];
            a[col] = t;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double factor = a[r][col] / a[col][col];
                    for (int k = col; k <= n; k++) {
                        a[r][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a[i][n] / a[i][i];
        }
        return x;
    }
}
