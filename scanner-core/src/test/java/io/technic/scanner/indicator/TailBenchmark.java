package io.technic.scanner.indicator;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scan engine's tail evaluations: every windowed kernel over the shortest range that defines
 * the symbol's last value (as {@code feature.TechnicalFeatures} calls them), for 6,000 random-walk
 * symbols of 500 bars held in one flat block, single thread. One operation = all 6,000 symbols.
 * Run with
 * {@code ./mvnw -q -B -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="TailBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TailBenchmark {

    static final int SYMBOLS = 6_000;
    static final int BARS = 500;

    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private double[] a;
    private double[] b;
    private double[] c;
    private double[] d;

    @Setup
    public void setUp() {
        int n = SYMBOLS * BARS;
        high = new double[n];
        low = new double[n];
        close = new double[n];
        volume = new double[n];
        a = new double[n];
        b = new double[n];
        c = new double[n];
        d = new double[n];
        Random r = new Random(2024);
        for (int s = 0; s < SYMBOLS; s++) {
            double price = 20 + r.nextDouble() * 200;
            for (int i = s * BARS; i < (s + 1) * BARS; i++) {
                double open = price;
                price = Math.max(1, Math.round((price + r.nextGaussian() * price * 0.02) * 100) / 100.0);
                high[i] = Math.max(open, price) + Math.round(r.nextDouble() * price * 0.01 * 100) / 100.0;
                low[i] = Math.min(open, price) - Math.round(r.nextDouble() * price * 0.01 * 100) / 100.0;
                close[i] = price;
                volume[i] = r.nextInt(20) == 0 ? 0 : 1_000 + r.nextInt(1_000_000);
            }
        }
    }

    private static int tail(int to, int lookback) {
        return to - lookback - 1;
    }

    /** The 52-week high and low: one output each. */
    @Benchmark
    public double high52Low52() {
        double sum = 0;
        for (int to = BARS; to <= SYMBOLS * BARS; to += BARS) {
            RollingMax.compute(high, to - 252, to, 252, a);
            RollingMin.compute(low, to - 252, to, 252, b);
            sum += a[to - 1] + b[to - 1];
        }
        return sum;
    }

    /** The cloud under the last bar needs the last 27 values: 78 bars. */
    @Benchmark
    public double ichimokuTail() {
        double sum = 0;
        for (int to = BARS; to <= SYMBOLS * BARS; to += BARS) {
            Ichimoku.compute(high, low, tail(to, Ichimoku.lookback(9, 26, 52) + 26), to, 9, 26, 52, a, b, c, d);
            sum += a[to - 1] + b[to - 1] + c[to - 27] + d[to - 27];
        }
        return sum;
    }

    @Benchmark
    public double donchianTail() {
        double sum = 0;
        for (int to = BARS; to <= SYMBOLS * BARS; to += BARS) {
            Donchian.compute(high, low, close, tail(to, Donchian.lookback(20)), to, 20, a, b, c, d);
            sum += d[to - 1];
        }
        return sum;
    }

    @Benchmark
    public double stochasticTail() {
        double sum = 0;
        for (int to = BARS; to <= SYMBOLS * BARS; to += BARS) {
            Stochastic.compute(high, low, close, tail(to, Stochastic.lookback(14, 3, 3)), to, 14, 3, 3, a, b);
            sum += a[to - 1] + b[to - 1];
        }
        return sum;
    }

    @Benchmark
    public double williamsRTail() {
        double sum = 0;
        for (int to = BARS; to <= SYMBOLS * BARS; to += BARS) {
            WilliamsR.compute(high, low, close, tail(to, WilliamsR.lookback(14)), to, 14, a);
            sum += a[to - 1];
        }
        return sum;
    }

    @Benchmark
    public double aroonTail() {
        double sum = 0;
        for (int to = BARS; to <= SYMBOLS * BARS; to += BARS) {
            Aroon.compute(high, low, tail(to, Aroon.lookback(25)), to, 25, a, b, c);
            sum += c[to - 1];
        }
        return sum;
    }

    /** OBV has no warm-up; the engine runs it over every bar. */
    @Benchmark
    public double obvFull() {
        double sum = 0;
        for (int to = BARS; to <= SYMBOLS * BARS; to += BARS) {
            Obv.compute(close, volume, to - BARS, to, a);
            sum += a[to - 1];
        }
        return sum;
    }
}
