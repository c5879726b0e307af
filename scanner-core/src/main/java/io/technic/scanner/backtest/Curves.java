package io.technic.scanner.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The top-N portfolio's equity curve beside the index and the equal-weight universe. */
record Curves(List<BacktestResult.EquityPoint> points, BacktestResult.Summary summary) {

    /**
     * @param close     [symbol][calendar step] last close on or before the step
     * @param state     [date][symbol]; 0 = no bar that date
     * @param picksOf   each date's picks, best first
     */
    static Curves compute(int[] cal, int nDates, double[] close, int nCal, byte[] state, int nSym, int[][] picksOf,
                          double[] indexClose, BacktestSpec spec) {
        List<BacktestResult.EquityPoint> points = new ArrayList<>(nDates);
        double[] eq = new double[nDates];
        double equity = 1;
        double universe = 1;
        int[] held = new int[0];
        double turnoverSum = 0;
        int rebalances = 0;
        double costPaid = 0;
        for (int d = 0; d < nDates; d++) {
            if (d > 0) {
                double sum = 0;
                for (int s : held) {
                    sum += close[s * nCal + d] / close[s * nCal + d - 1] - 1;
                }
                equity *= 1 + (held.length == 0 ? 0 : sum / held.length);
                double us = 0;
                int un = 0;
                int row = (d - 1) * nSym;
                for (int s = 0; s < nSym; s++) {
                    if (state[row + s] != 0) {
                        us += close[s * nCal + d] / close[s * nCal + d - 1] - 1;
                        un++;
                    }
                }
                universe *= 1 + (un == 0 ? 0 : us / un);
            }
            double turnover = 0;
            if (d % spec.hold() == 0) {
                int[] next = picksOf[d];
                turnover = turnover(held, next);
                double cost = spec.costBps() / 10_000 * turnover;
                equity *= 1 - cost;
                costPaid += cost;
                turnoverSum += turnover;
                rebalances++;
                held = next;
            }
            eq[d] = equity;
            double index = indexClose[d] / indexClose[0];
            points.add(new BacktestResult.EquityPoint(LocalDate.ofEpochDay(cal[d]), equity, index, universe, turnover,
                    held.length));
        }
        double[] daily = new double[Math.max(0, nDates - 1)];
        for (int d = 1; d < nDates; d++) {
            daily[d - 1] = eq[d] / eq[d - 1] - 1;
        }
        double peak = 1;
        double maxDd = 0;
        for (double e : eq) {
            peak = Math.max(peak, e);
            maxDd = Math.max(maxDd, 1 - e / peak);
        }
        double last = eq[nDates - 1];
        double annual = nDates > 1 ? Math.pow(last, 252.0 / (nDates - 1)) - 1 : Double.NaN;
        double vol = Statistics.sd(daily) * Math.sqrt(252);
        double indexTotal = indexClose[nDates - 1] / indexClose[0] - 1;
        BacktestResult.Summary summary = new BacktestResult.Summary(last - 1, annual, vol,
                vol > 0 ? annual / vol : Double.NaN, maxDd, indexTotal, universe - 1,
                rebalances == 0 ? 0 : turnoverSum / rebalances, costPaid);
        return new Curves(points, summary);
    }

    /** Sum of absolute weight changes from equal weights on {@code from} to equal weights on {@code to}. */
    static double turnover(int[] from, int[] to) {
        int[] a = from.clone();
        int[] b = to.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        double wa = a.length == 0 ? 0 : 1.0 / a.length;
        double wb = b.length == 0 ? 0 : 1.0 / b.length;
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                sum += wa;
                i++;
            } else if (i == a.length || b[j] < a[i]) {
                sum += wb;
                j++;
            } else {
                sum += Math.abs(wa - wb);
                i++;
                j++;
            }
        }
        return sum;
    }
}
