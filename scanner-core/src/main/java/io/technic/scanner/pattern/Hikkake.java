package io.technic.scanner.pattern;

import static io.technic.scanner.pattern.CandleSetting.NEAR;

/**
 * The hikkake (inside-bar false breakout) and its modified form (TA-Lib CDLHIKKAKE,
 * CDLHIKKAKEMOD). An inside bar followed by a bar breaking out of it on one side marks the
 * pattern: 100 when the break is downward (expecting a bullish reversal), -100 when upward.
 * If within the next three bars the close crosses the inside bar's high (bullish) or low
 * (bearish), that bar is marked 200 or -200 (confirmation). Stateful along the series, as in
 * TA-Lib: the state is rebuilt from the three bars before the first output, so a range gives
 * the same values as TA-Lib over the same slice. Conventions in package-info.
 */
public final class Hikkake {

    private Hikkake() {}

    /** Hikkake: inside bar then a breakout bar; confirmation within 3 bars gives ±200. */
    public static void hikkake(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, 5, out);
        if (first >= to) {
            return;
        }
        int patternIdx = from; // TA-Lib's 0, relative to the range
        int result = 0;
        for (int i = first - 3; i < to; i++) {
            int v;
            if (h[i - 1] < h[i - 2] && l[i - 1] > l[i - 2]
                    && (h[i] < h[i - 1] && l[i] < l[i - 1] || h[i] > h[i - 1] && l[i] > l[i - 1])) {
                result = 100 * (h[i] < h[i - 1] ? 1 : -1);
                patternIdx = i;
                v = result;
            } else if (i <= patternIdx + 3 && confirmed(h, l, c, i, patternIdx, result)) {
                v = result + 100 * (result > 0 ? 1 : -1);
                patternIdx = from;
            } else {
                v = 0;
            }
            if (i >= first) {
                out[i] = v;
            }
        }
    }

    /**
     * Modified hikkake: the inside bar must itself be inside its predecessor and have closed
     * near its low (bullish) or high (bearish); confirmation as for {@link #hikkake}.
     */
    public static void hikkakeMod(double[] o, double[] h, double[] l, double[] c, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, Math.max(1, NEAR.period()) + 5, out);
        if (first >= to) {
            return;
        }
        Average near = new Average(NEAR, o, h, l, c, first - 3, 2);
        int patternIdx = from;
        int result = 0;
        for (int i = first - 3; i < to; i++) {
            double n = near.value();
            int v;
            if (h[i - 2] < h[i - 3] && l[i - 2] > l[i - 3]
                    && h[i - 1] < h[i - 2] && l[i - 1] > l[i - 2]
                    && (h[i] < h[i - 1] && l[i] < l[i - 1] && c[i - 2] <= l[i - 2] + n
                        || h[i] > h[i - 1] && l[i] > l[i - 1] && c[i - 2] >= h[i - 2] - n)) {
                result = 100 * (h[i] < h[i - 1] ? 1 : -1);
                patternIdx = i;
                v = result;
            } else if (i <= patternIdx + 3 && confirmed(h, l, c, i, patternIdx, result)) {
                v = result + 100 * (result > 0 ? 1 : -1);
                patternIdx = from;
            } else {
                v = 0;
            }
            if (i >= first) {
                out[i] = v;
            }
            near.advance();
        }
    }

    private static boolean confirmed(double[] h, double[] l, double[] c, int i, int patternIdx, int result) {
        return result > 0 && c[i] > h[patternIdx - 1] || result < 0 && c[i] < l[patternIdx - 1];
    }
}
