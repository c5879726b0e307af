package io.technic.scanner.indicator;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our kernels against the same TA-Lib Java call over one long synthetic OHLC series, default
 * parameters, full range, outputs preallocated. Run with
 * {@code ./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="KernelBenchmark"}.
 * Each method returns its last output so the JIT cannot drop the work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KernelBenchmark {

    @Param({"100000"})
    public int bars;

    private final Core ta = new Core();
    private final MInteger beg = new MInteger();
    private final MInteger nb = new MInteger();
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] a;
    private double[] b;
    private double[] c;

    @Setup
    public void setUp() {
        double[][] s = KernelRangeContract.synthetic(bars, 2024);
        high = s[1];
        low = s[2];
        close = s[3];
        a = new double[bars];
        b = new double[bars];
        c = new double[bars];
    }

    private double last(RetCode rc, double[] out) {
        if (rc != RetCode.Success) {
            throw new IllegalStateException(rc.toString());
        }
        return out[nb.value - 1];
    }

    @Benchmark
    public double rsiKernel() {
        Rsi.compute(close, 0, bars, 14, a);
        return a[bars - 1];
    }

    @Benchmark
    public double rsiTaLib() {
        return last(ta.rsi(0, bars - 1, close, 14, beg, nb, a), a);
    }

    @Benchmark
    public double macdKernel() {
        Macd.compute(close, 0, bars, 12, 26, 9, a, b, c);
        return c[bars - 1];
    }

    @Benchmark
    public double macdTaLib() {
        return last(ta.macd(0, bars - 1, close, 12, 26, 9, beg, nb, a, b, c), c);
    }

    @Benchmark
    public double adxKernel() {
        Adx.compute(high, low, close, 0, bars, 14, a, b, c);
        return a[bars - 1] + b[bars - 1] + c[bars - 1];
    }

    /** TA-Lib needs three calls for what {@link Adx} computes in one pass. */
    @Benchmark
    public double adxTaLib() {
        double adx = last(ta.adx(0, bars - 1, high, low, close, 14, beg, nb, a), a);
        double plus = last(ta.plusDI(0, bars - 1, high, low, close, 14, beg, nb, b), b);
        double minus = last(ta.minusDI(0, bars - 1, high, low, close, 14, beg, nb, c), c);
        return adx + plus + minus;
    }

    @Benchmark
    public double bollingerKernel() {
        Bollinger.compute(close, 0, bars, 20, 2.0, a, b, c);
        return a[bars - 1];
    }

    @Benchmark
    public double bollingerTaLib() {
        return last(ta.bbands(0, bars - 1, close, 20, 2.0, 2.0, MAType.Sma, beg, nb, a, b, c), a);
    }

    @Benchmark
    public double atrKernel() {
        Atr.compute(high, low, close, 0, bars, 14, a);
        return a[bars - 1];
    }

    @Benchmark
    public double atrTaLib() {
        return last(ta.atr(0, bars - 1, high, low, close, 14, beg, nb, a), a);
    }
}
