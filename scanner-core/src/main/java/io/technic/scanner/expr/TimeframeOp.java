package io.technic.scanner.expr;

import io.technic.scanner.model.Timeframe;
import java.util.Arrays;

/**
 * {@code weekly.term} / {@code monthly.term}: the term computed on the symbol's bars resampled to
 * the timeframe, read back onto the daily bars.
 *
 * <p>The value at daily bar {@code i} sees only bars up to {@code i}: the periods before
 * {@code i}'s period complete, and {@code i}'s own period built from its days so far (open of its
 * first day, high and low so far, close of day {@code i}, volume so far). The window is resampled
 * once and the term computed once over all its periods, which gives each period's value on the
 * period's last day in the window; every earlier day of a period is computed again with the
 * period's partial bar in place of the full one, over only the periods the term reaches back
 * (the whole prefix for the recursive indicators and patterns).
 */
final class TimeframeOp extends Program.Op {

    private final Timeframe timeframe;
    private final Program.Op term;

    TimeframeOp(int id, Timeframe timeframe, Program.Op term) {
        super(id, term.type);
        this.timeframe = timeframe;
        this.term = term;
    }

    @Override
    int reach(int extra) {
        int r = term.reach(0);
        // r earlier periods plus the current one hold at most (r + 1) * maxDays daily bars
        return r < 0 ? -1 : extra + (r + 1) * timeframe.maxDays();
    }

    /** Buffers kept per workspace across symbols. */
    private static final class State {
        final Program.Workspace child;
        double[][] full = new double[5][0];
        double[][] scratch = new double[5][0];
        int[] barStart = new int[0];
        int[] periodOf = new int[0];
        double[] values = new double[0];

        State(int ops) {
            child = new Program.Workspace(ops);
        }
    }

    @Override
    void eval(Program.Workspace ws, int first) {
        first = Math.max(0, first);
        int w = ws.width;
        double[] out = ws.buffer(id);
        if (first >= w) {
            return;
        }
        State st = (State) ws.state(id);
        if (st == null) {
            st = new State(ws.ops());
            ws.state(id, st);
        }
        int periods = resample(ws, st);
        int pFirst = st.periodOf[first];
        st.child.bindColumns(st.full, periods, ws.row);
        term.eval(st.child, pFirst);
        if (st.values.length < periods) {
            st.values = new double[Math.max(periods, 64)];
        }
        System.arraycopy(term.out(st.child), 0, st.values, 0, periods);

        int reach = term.reach(0);
        double[] o = ws.field(0);
        double[] h = ws.field(1);
        double[] l = ws.field(2);
        double[] c = ws.field(3);
        double[] v = ws.field(4);
        for (int p = pFirst; p < periods; p++) {
            int a = st.barStart[p];
            int end = st.barStart[p + 1];
            int from = Math.max(first, a);
            if (from < end - 1) {
                // days before the period's last one see the period as it stood on that day
                int base = reach < 0 ? 0 : Math.max(0, p - reach);
                int len = p - base + 1;
                ensureScratch(st, len);
                for (int k = 0; k < 5; k++) {
                    System.arraycopy(st.full[k], base, st.scratch[k], 0, len - 1);
                }
                double hi = h[a];
                double lo = l[a];
                double vol = 0;
                for (int i = a; i < end - 1; i++) {
                    hi = Math.max(hi, h[i]);
                    lo = Math.min(lo, l[i]);
                    vol += v[i];
                    if (i < from) {
                        continue;
                    }
                    st.scratch[0][len - 1] = o[a];
                    st.scratch[1][len - 1] = hi;
                    st.scratch[2][len - 1] = lo;
                    st.scratch[3][len - 1] = c[i];
                    st.scratch[4][len - 1] = vol;
                    st.child.bindColumns(st.scratch, len, ws.row);
                    term.eval(st.child, len - 1);
                    out[i] = term.out(st.child)[len - 1];
                }
            }
            out[end - 1] = st.values[p];
        }
    }

    /** Resamples the window's daily bars into {@code st.full}; returns the number of periods. */
    private int resample(Program.Workspace ws, State st) {
        int w = ws.width;
        if (st.periodOf.length < w) {
            st.periodOf = new int[Math.max(w, 64)];
            st.barStart = new int[Math.max(w, 64) + 1];
        }
        double[] o = ws.field(0);
        double[] h = ws.field(1);
        double[] l = ws.field(2);
        double[] c = ws.field(3);
        double[] v = ws.field(4);
        if (st.full[0].length < w) {
            for (int k = 0; k < 5; k++) {
                st.full[k] = new double[Math.max(w, 64)];
            }
        }
        int count = 0;
        int periodEnd = Integer.MIN_VALUE;
        for (int i = 0; i < w; i++) {
            int d = ws.day(i);
            if (d > periodEnd) {   // days ascend, so a day past the period's last calendar day opens the next
                periodEnd = timeframe.periodEnd(d);
                st.barStart[count] = i;
                st.full[0][count] = o[i];
                st.full[1][count] = h[i];
                st.full[2][count] = l[i];
                st.full[4][count] = 0;
                count++;
            }
            int q = count - 1;
            st.full[1][q] = Math.max(st.full[1][q], h[i]);
            st.full[2][q] = Math.min(st.full[2][q], l[i]);
            st.full[3][q] = c[i];
            st.full[4][q] += v[i];
            st.periodOf[i] = q;
        }
        st.barStart[count] = w;
        return count;
    }

    private static void ensureScratch(State st, int len) {
        if (st.scratch[0].length < len) {
            for (int k = 0; k < 5; k++) {
                st.scratch[k] = Arrays.copyOf(st.scratch[k], Math.max(len, 64));
            }
        }
    }
}
