package io.technic.scanner.pattern;

import io.technic.scanner.indicator.Bollinger;
import io.technic.scanner.indicator.Donchian;
import io.technic.scanner.indicator.RelativeVolume;
import io.technic.scanner.indicator.RollingMax;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Breakout patterns, built on the indicator kernels. Outputs follow the candlestick convention
 * (package-info): 100 bullish breakout, -100 bearish, 0 none, 0 over the warm-up. Unlike the
 * candlestick kernels these allocate scratch arrays the length of the range (one call per symbol).
 * Definitions, each evaluated on bar {@code i} from bars up to and including {@code i} only:
 * <ul>
 *   <li><b>new 52-week high on volume</b> ({@link #newHighOnVolume}): {@code close[i]} is above
 *       every close of the previous 251 bars (a new 252-bar closing high) and volume is at least
 *       1.5 × the mean volume of the 20 bars before {@code i} ({@link RelativeVolume} ≥ 1.5).
 *       100 only. Lookback 251.</li>
 *   <li><b>Donchian 20 breakout</b> ({@link #donchian}): {@code close[i]} above the highest high
 *       of the 20 bars before {@code i} (yesterday's upper Donchian line) gives 100, below their
 *       lowest low -100. Lookback 20.</li>
 *   <li><b>Bollinger squeeze release</b> ({@link #squeezeRelease}): bar {@code i - 1} is in a
 *       squeeze, i.e. its Bollinger(20, 2) bandwidth is among the lowest 10% of the 126
 *       bandwidths ending there (fewer than 12.6, so at most 12, of them are lower), and
 *       {@code close[i]} is outside bar {@code i}'s band: above the upper band 100, below the
 *       lower -100. Lookback 19 + 125 + 1 = 145.</li>
 *   <li><b>inside-bar breakout</b> ({@link #insideBar}): bar {@code i - 1} is an inside bar
 *       (high ≤ and low ≥ those of bar {@code i - 2}, not both equal) and {@code close[i]} is
 *       above the high of bar {@code i - 2} (the mother bar) 100, below its low -100. Lookback 2.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Breakouts {

    /** Bars in 52 weeks. */
    public static final int YEAR = 252;
    /** Minimum relative volume of a 52-week-high breakout. */
    public static final double VOLUME_RATIO = 1.5;
    /** Volume baseline, bars before the breakout bar. */
    public static final int VOLUME_PERIOD = 20;
    /** Donchian channel length. */
    public static final int DONCHIAN = 20;
    /** Bollinger period and width of the squeeze. */
    public static final int BOLLINGER = 20;
    public static final double BOLLINGER_K = 2.0;
    /** Bars over which a bandwidth is ranked. */
    public static final int SQUEEZE_WINDOW = 126;
    /** A squeeze is a bandwidth in this lowest fraction of its window. */
    public static final double SQUEEZE_FRACTION = 0.10;

    /** A breakout kernel over OHLCV columns. */
    @FunctionalInterface
    public interface Kernel {
        void compute(double[] open, double[] high, double[] low, double[] close, double[] volume, int from, int to,
                     int[] out);
    }

    /**
     * One breakout pattern: key, display title, lookback, kernel.
     *
     * @param signal {@link Pattern.Signal#BULLISH} when it only fires upward, else {@link Pattern.Signal#SIGNED}
     */
    public record Breakout(String name, String title, int lookback, Pattern.Signal signal, Kernel kernel) {

        /** Evaluates over {@code [from, to)} into {@code out[from, to)}. */
        public void compute(double[] open, double[] high, double[] low, double[] close, double[] volume, int from,
                            int to, int[] out) {
            kernel.compute(open, high, low, close, volume, from, to, out);
        }
    }

    private static final List<Breakout> ALL = List.of(
            new Breakout("new_high_on_volume", "New 52-week High on Volume", newHighOnVolumeLookback(),
                    Pattern.Signal.BULLISH, (o, h, l, c, v, f, t, out) -> newHighOnVolume(c, v, f, t, out)),
            new Breakout("donchian_breakout", "Donchian 20 Breakout", donchianLookback(), Pattern.Signal.SIGNED,
                    (o, h, l, c, v, f, t, out) -> donchian(h, l, c, f, t, out)),
            new Breakout("squeeze_release", "Bollinger Squeeze Release", squeezeReleaseLookback(),
                    Pattern.Signal.SIGNED, (o, h, l, c, v, f, t, out) -> squeezeRelease(c, f, t, out)),
            new Breakout("inside_bar_breakout", "Inside-bar Breakout", insideBarLookback(), Pattern.Signal.SIGNED,
                    (o, h, l, c, v, f, t, out) -> insideBar(h, l, c, f, t, out)));

    private Breakouts() {}

    /** The four breakout patterns. */
    public static List<Breakout> all() {
        return ALL;
    }

    /** A breakout by key, case-insensitive. */
    public static Optional<Breakout> byName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(b -> b.name().equals(key)).findFirst();
    }

    public static int newHighOnVolumeLookback() {
        return Math.max(RollingMax.lookback(YEAR - 1) + 1, RelativeVolume.lookback(VOLUME_PERIOD));
    }

    /**
     * New 52-week closing high on at least 1.5× volume (see the class comment). 100 or 0.
     *
     * @throws IllegalArgumentException if {@code from < 0} or {@code to < from}
     */
    public static void newHighOnVolume(double[] close, double[] volume, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, newHighOnVolumeLookback(), out);
        if (first >= to) {
            return;
        }
        int n = to - from;
        double[] priorMax = new double[n];
        double[] rvol = new double[n];
        double[] c = Arrays.copyOfRange(close, from, to);
        RollingMax.compute(c, 0, n, YEAR - 1, priorMax);
        RelativeVolume.compute(Arrays.copyOfRange(volume, from, to), 0, n, VOLUME_PERIOD, rvol);
        for (int i = first - from; i < n; i++) {
            out[from + i] = c[i] > priorMax[i - 1] && rvol[i] >= VOLUME_RATIO ? 100 : 0;
        }
    }

    public static int donchianLookback() {
        return Donchian.lookback(DONCHIAN) + 1;
    }

    /**
     * Close beyond the previous bar's 20-bar Donchian channel (see the class comment). ±100 or 0.
     *
     * @throws IllegalArgumentException if {@code from < 0} or {@code to < from}
     */
    public static void donchian(double[] high, double[] low, double[] close, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, donchianLookback(), out);
        if (first >= to) {
            return;
        }
        int n = to - from;
        double[] upper = new double[n];
        double[] middle = new double[n];
        double[] lower = new double[n];
        double[] position = new double[n];
        Donchian.compute(Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to),
                Arrays.copyOfRange(close, from, to), 0, n, DONCHIAN, upper, middle, lower, position);
        for (int i = first - from; i < n; i++) {
            double c = close[from + i];
            out[from + i] = c > upper[i - 1] ? 100 : c < lower[i - 1] ? -100 : 0;
        }
    }

    public static int squeezeReleaseLookback() {
        return Bollinger.lookback(BOLLINGER) + SQUEEZE_WINDOW - 1 + 1;
    }

    /**
     * Close outside the Bollinger band right after a squeeze (see the class comment). ±100 or 0.
     *
     * @throws IllegalArgumentException if {@code from < 0} or {@code to < from}
     */
    public static void squeezeRelease(double[] close, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, squeezeReleaseLookback(), out);
        if (first >= to) {
            return;
        }
        int n = to - from;
        double[] upper = new double[n];
        double[] middle = new double[n];
        double[] lower = new double[n];
        double[] bandwidth = new double[n];
        double[] c = Arrays.copyOfRange(close, from, to);
        Bollinger.compute(c, 0, n, BOLLINGER, BOLLINGER_K, upper, middle, lower, null, bandwidth);
        double maxLower = SQUEEZE_FRACTION * SQUEEZE_WINDOW;
        for (int i = first - from; i < n; i++) {
            int j = i - 1;
            double bw = bandwidth[j];
            int below = 0;
            for (int k = j - SQUEEZE_WINDOW + 1; k < j; k++) {
                if (bandwidth[k] < bw) {
                    below++;
                }
            }
            boolean squeeze = below < maxLower;
            out[from + i] = !squeeze ? 0 : c[i] > upper[i] ? 100 : c[i] < lower[i] ? -100 : 0;
        }
    }

    public static int insideBarLookback() {
        return 2;
    }

    /**
     * Close beyond the mother bar of an inside bar (see the class comment). ±100 or 0.
     *
     * @throws IllegalArgumentException if {@code from < 0} or {@code to < from}
     */
    public static void insideBar(double[] high, double[] low, double[] close, int from, int to, int[] out) {
        int first = Warmup.begin(from, to, insideBarLookback(), out);
        for (int i = first; i < to; i++) {
            boolean inside = high[i - 1] <= high[i - 2] && low[i - 1] >= low[i - 2]
                    && (high[i - 1] < high[i - 2] || low[i - 1] > low[i - 2]);
            out[i] = !inside ? 0 : close[i] > high[i - 2] ? 100 : close[i] < low[i - 2] ? -100 : 0;
        }
    }
}
