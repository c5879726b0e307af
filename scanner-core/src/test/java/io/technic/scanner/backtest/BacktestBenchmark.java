package io.technic.scanner.backtest;

import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.model.Market;
import java.time.LocalDate;
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
 * A scan backtest of 6,000 symbols over their last 500 trading days (756 bars each, so the
 * longest windows are warm), two worker threads: a five-clause condition with windowed clauses
 * only, and one with a recursive indicator (RSI, seeded at each symbol's first bar), both ranked by
 * 12-1 momentum with the top 20 picked each day; and one with weekly and monthly terms (a weekly
 * SMA and RSI, a monthly ROC: each day sees its week and month so far). The market's generation is not timed.
 * {@code ./mvnw -pl scanner-core -Pjmh test-compile exec:exec -Djmh.args="BacktestBenchmark -f 1"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BacktestBenchmark {

    @Param({"close > sma(200) and highest(20) > close[5] and rvol(20) > 0.5 and roc(10) > -5 and close > 5",
        "close > sma(200) and rsi(14) < 60 and rvol(20) > 0.5 and roc(10) > -5 and close > 5",
        "close > weekly.sma(30) and weekly.rsi(14) > 50 and rvol(20) > 0.5 and monthly.roc(3) > -5 and close > 5"})
    String where;

    @Param({"2"})
    int threads;

    private Market market;
    private BacktestSpec spec;

    @Setup
    public void setUp() {
        market = new SimulatedMarket(new SimulationSpec(42, 6000, 756, SimulationSpec.DEFAULT_END)).load();
        int[] cal = Backtest.calendar(market);
        spec = new BacktestSpec(where, "roc(close[21], 231) desc", 20, LocalDate.ofEpochDay(cal[cal.length - 500]),
                LocalDate.ofEpochDay(cal[cal.length - 1]), 1, 10, threads);
    }

    @Benchmark
    public BacktestResult backtest() {
        return Backtest.run(market, spec);
    }
}
