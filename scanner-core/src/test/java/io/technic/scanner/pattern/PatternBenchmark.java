package io.technic.scanner.pattern;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import io.technic.scanner.api.BarSources;
import io.technic.scanner.model.BarColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * All 61 candlestick patterns over a simulated universe (6,000 symbols × 500 bars by default),
 * one thread: our kernels over each symbol's range of the flat columns against the same TA-Lib
 * Java calls over per-symbol arrays (prepared in setup, so TA-Lib pays no copying), outputs
 * preallocated. {@link #main} runs both and prints the ratio:
 * {@code ./mvnw -q -o -pl scanner-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * && java --add-modules jdk.incubator.vector -cp scanner-core/target/test-classes:scanner-core/target/classes:$(cat scanner-core/target/cp.txt)
 * io.technic.scanner.pattern.PatternBenchmark}; or through the jmh profile with {@code -Djmh.args=PatternBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class PatternBenchmark {

    @Param({"6000"})
    public int symbols;

    @Param({"500"})
    public int bars;

    /** One TA-Lib CDL call. */
    @FunctionalInterface
    interface TaCall {
        RetCode run(int start, int end, double[] o, double[] h, double[] l, double[] c, MInteger beg, MInteger nb,
                    int[] out);
    }

    private final Core ta = new Core();
    private final MInteger beg = new MInteger();
    private final MInteger nb = new MInteger();
    private BarColumns block;
    private double[][][] perSymbol;
    private int[] out;
    private List<TaCall> taLib;

    @Setup
    public void setUp() {
        block = BarSources.parse("sim:seed=11,symbols=" + symbols + ",bars=" + bars).load().bars();
        perSymbol = new double[block.symbolCount()][][];
        for (int s = 0; s < block.symbolCount(); s++) {
            BarColumns one = block.slice(s);
            perSymbol[s] = new double[][] {one.open(), one.high(), one.low(), one.close()};
        }
        out = new int[block.barCount()];
        Map<String, TaCall> calls = new HashMap<>();
        calls.put("CDL2CROWS", (s, e, o, h, l, c, b, n, out) -> ta.cdl2Crows(s, e, o, h, l, c, b, n, out));
        calls.put("CDL3BLACKCROWS", (s, e, o, h, l, c, b, n, out) -> ta.cdl3BlackCrows(s, e, o, h, l, c, b, n, out));
        calls.put("CDL3INSIDE", (s, e, o, h, l, c, b, n, out) -> ta.cdl3Inside(s, e, o, h, l, c, b, n, out));
        calls.put("CDL3LINESTRIKE", (s, e, o, h, l, c, b, n, out) -> ta.cdl3LineStrike(s, e, o, h, l, c, b, n, out));
        calls.put("CDL3OUTSIDE", (s, e, o, h, l, c, b, n, out) -> ta.cdl3Outside(s, e, o, h, l, c, b, n, out));
        calls.put("CDL3STARSINSOUTH", (s, e, o, h, l, c, b, n, out) -> ta.cdl3StarsInSouth(s, e, o, h, l, c, b, n, out));
        calls.put("CDL3WHITESOLDIERS", (s, e, o, h, l, c, b, n, out) -> ta.cdl3WhiteSoldiers(s, e, o, h, l, c, b, n, out));
        calls.put("CDLABANDONEDBABY", (s, e, o, h, l, c, b, n, out) -> ta.cdlAbandonedBaby(s, e, o, h, l, c, 0.3, b, n, out));
        calls.put("CDLADVANCEBLOCK", (s, e, o, h, l, c, b, n, out) -> ta.cdlAdvanceBlock(s, e, o, h, l, c, b, n, out));
        calls.put("CDLBELTHOLD", (s, e, o, h, l, c, b, n, out) -> ta.cdlBeltHold(s, e, o, h, l, c, b, n, out));
        calls.put("CDLBREAKAWAY", (s, e, o, h, l, c, b, n, out) -> ta.cdlBreakaway(s, e, o, h, l, c, b, n, out));
        calls.put("CDLCLOSINGMARUBOZU", (s, e, o, h, l, c, b, n, out) -> ta.cdlClosingMarubozu(s, e, o, h, l, c, b, n, out));
        calls.put("CDLCONCEALBABYSWALL", (s, e, o, h, l, c, b, n, out) -> ta.cdlConcealBabysWall(s, e, o, h, l, c, b, n, out));
        calls.put("CDLCOUNTERATTACK", (s, e, o, h, l, c, b, n, out) -> ta.cdlCounterAttack(s, e, o, h, l, c, b, n, out));
        calls.put("CDLDARKCLOUDCOVER", (s, e, o, h, l, c, b, n, out) -> ta.cdlDarkCloudCover(s, e, o, h, l, c, 0.5, b, n, out));
        calls.put("CDLDOJI", (s, e, o, h, l, c, b, n, out) -> ta.cdlDoji(s, e, o, h, l, c, b, n, out));
        calls.put("CDLDOJISTAR", (s, e, o, h, l, c, b, n, out) -> ta.cdlDojiStar(s, e, o, h, l, c, b, n, out));
        calls.put("CDLDRAGONFLYDOJI", (s, e, o, h, l, c, b, n, out) -> ta.cdlDragonflyDoji(s, e, o, h, l, c, b, n, out));
        calls.put("CDLENGULFING", (s, e, o, h, l, c, b, n, out) -> ta.cdlEngulfing(s, e, o, h, l, c, b, n, out));
        calls.put("CDLEVENINGDOJISTAR", (s, e, o, h, l, c, b, n, out) -> ta.cdlEveningDojiStar(s, e, o, h, l, c, 0.3, b, n, out));
        calls.put("CDLEVENINGSTAR", (s, e, o, h, l, c, b, n, out) -> ta.cdlEveningStar(s, e, o, h, l, c, 0.3, b, n, out));
        calls.put("CDLGAPSIDESIDEWHITE", (s, e, o, h, l, c, b, n, out) -> ta.cdlGapSideSideWhite(s, e, o, h, l, c, b, n, out));
        calls.put("CDLGRAVESTONEDOJI", (s, e, o, h, l, c, b, n, out) -> ta.cdlGravestoneDoji(s, e, o, h, l, c, b, n, out));
        calls.put("CDLHAMMER", (s, e, o, h, l, c, b, n, out) -> ta.cdlHammer(s, e, o, h, l, c, b, n, out));
        calls.put("CDLHANGINGMAN", (s, e, o, h, l, c, b, n, out) -> ta.cdlHangingMan(s, e, o, h, l, c, b, n, out));
        calls.put("CDLHARAMI", (s, e, o, h, l, c, b, n, out) -> ta.cdlHarami(s, e, o, h, l, c, b, n, out));
        calls.put("CDLHARAMICROSS", (s, e, o, h, l, c, b, n, out) -> ta.cdlHaramiCross(s, e, o, h, l, c, b, n, out));
        calls.put("CDLHIGHWAVE", (s, e, o, h, l, c, b, n, out) -> ta.cdlHignWave(s, e, o, h, l, c, b, n, out));
        calls.put("CDLHIKKAKE", (s, e, o, h, l, c, b, n, out) -> ta.cdlHikkake(s, e, o, h, l, c, b, n, out));
        calls.put("CDLHIKKAKEMOD", (s, e, o, h, l, c, b, n, out) -> ta.cdlHikkakeMod(s, e, o, h, l, c, b, n, out));
        calls.put("CDLHOMINGPIGEON", (s, e, o, h, l, c, b, n, out) -> ta.cdlHomingPigeon(s, e, o, h, l, c, b, n, out));
        calls.put("CDLIDENTICAL3CROWS", (s, e, o, h, l, c, b, n, out) -> ta.cdlIdentical3Crows(s, e, o, h, l, c, b, n, out));
        calls.put("CDLINNECK", (s, e, o, h, l, c, b, n, out) -> ta.cdlInNeck(s, e, o, h, l, c, b, n, out));
        calls.put("CDLINVERTEDHAMMER", (s, e, o, h, l, c, b, n, out) -> ta.cdlInvertedHammer(s, e, o, h, l, c, b, n, out));
        calls.put("CDLKICKING", (s, e, o, h, l, c, b, n, out) -> ta.cdlKicking(s, e, o, h, l, c, b, n, out));
        calls.put("CDLKICKINGBYLENGTH", (s, e, o, h, l, c, b, n, out) -> ta.cdlKickingByLength(s, e, o, h, l, c, b, n, out));
        calls.put("CDLLADDERBOTTOM", (s, e, o, h, l, c, b, n, out) -> ta.cdlLadderBottom(s, e, o, h, l, c, b, n, out));
        calls.put("CDLLONGLEGGEDDOJI", (s, e, o, h, l, c, b, n, out) -> ta.cdlLongLeggedDoji(s, e, o, h, l, c, b, n, out));
        calls.put("CDLLONGLINE", (s, e, o, h, l, c, b, n, out) -> ta.cdlLongLine(s, e, o, h, l, c, b, n, out));
        calls.put("CDLMARUBOZU", (s, e, o, h, l, c, b, n, out) -> ta.cdlMarubozu(s, e, o, h, l, c, b, n, out));
        calls.put("CDLMATCHINGLOW", (s, e, o, h, l, c, b, n, out) -> ta.cdlMatchingLow(s, e, o, h, l, c, b, n, out));
        calls.put("CDLMATHOLD", (s, e, o, h, l, c, b, n, out) -> ta.cdlMatHold(s, e, o, h, l, c, 0.5, b, n, out));
        calls.put("CDLMORNINGDOJISTAR", (s, e, o, h, l, c, b, n, out) -> ta.cdlMorningDojiStar(s, e, o, h, l, c, 0.3, b, n, out));
        calls.put("CDLMORNINGSTAR", (s, e, o, h, l, c, b, n, out) -> ta.cdlMorningStar(s, e, o, h, l, c, 0.3, b, n, out));
        calls.put("CDLONNECK", (s, e, o, h, l, c, b, n, out) -> ta.cdlOnNeck(s, e, o, h, l, c, b, n, out));
        calls.put("CDLPIERCING", (s, e, o, h, l, c, b, n, out) -> ta.cdlPiercing(s, e, o, h, l, c, b, n, out));
        calls.put("CDLRICKSHAWMAN", (s, e, o, h, l, c, b, n, out) -> ta.cdlRickshawMan(s, e, o, h, l, c, b, n, out));
        calls.put("CDLRISEFALL3METHODS", (s, e, o, h, l, c, b, n, out) -> ta.cdlRiseFall3Methods(s, e, o, h, l, c, b, n, out));
        calls.put("CDLSEPARATINGLINES", (s, e, o, h, l, c, b, n, out) -> ta.cdlSeperatingLines(s, e, o, h, l, c, b, n, out));
        calls.put("CDLSHOOTINGSTAR", (s, e, o, h, l, c, b, n, out) -> ta.cdlShootingStar(s, e, o, h, l, c, b, n, out));
        calls.put("CDLSHORTLINE", (s, e, o, h, l, c, b, n, out) -> ta.cdlShortLine(s, e, o, h, l, c, b, n, out));
        calls.put("CDLSPINNINGTOP", (s, e, o, h, l, c, b, n, out) -> ta.cdlSpinningTop(s, e, o, h, l, c, b, n, out));
        calls.put("CDLSTALLEDPATTERN", (s, e, o, h, l, c, b, n, out) -> ta.cdlStalledPattern(s, e, o, h, l, c, b, n, out));
        calls.put("CDLSTICKSANDWICH", (s, e, o, h, l, c, b, n, out) -> ta.cdlStickSandwhich(s, e, o, h, l, c, b, n, out));
        calls.put("CDLTAKURI", (s, e, o, h, l, c, b, n, out) -> ta.cdlTakuri(s, e, o, h, l, c, b, n, out));
        calls.put("CDLTASUKIGAP", (s, e, o, h, l, c, b, n, out) -> ta.cdlTasukiGap(s, e, o, h, l, c, b, n, out));
        calls.put("CDLTHRUSTING", (s, e, o, h, l, c, b, n, out) -> ta.cdlThrusting(s, e, o, h, l, c, b, n, out));
        calls.put("CDLTRISTAR", (s, e, o, h, l, c, b, n, out) -> ta.cdlTristar(s, e, o, h, l, c, b, n, out));
        calls.put("CDLUNIQUE3RIVER", (s, e, o, h, l, c, b, n, out) -> ta.cdlUnique3River(s, e, o, h, l, c, b, n, out));
        calls.put("CDLUPSIDEGAP2CROWS", (s, e, o, h, l, c, b, n, out) -> ta.cdlUpsideGap2Crows(s, e, o, h, l, c, b, n, out));
        calls.put("CDLXSIDEGAP3METHODS", (s, e, o, h, l, c, b, n, out) -> ta.cdlXSideGap3Methods(s, e, o, h, l, c, b, n, out));
        taLib = new ArrayList<>();
        for (Pattern p : Patterns.all()) {
            taLib.add(calls.get(p.taLibName()));
        }
    }

    @Benchmark
    public int kernels() {
        int fired = 0;
        double[] o = block.open();
        double[] h = block.high();
        double[] l = block.low();
        double[] c = block.close();
        for (Pattern p : Patterns.all()) {
            for (int s = 0; s < block.symbolCount(); s++) {
                int to = block.end(s);
                p.compute(o, h, l, c, block.start(s), to, out);
                fired += out[to - 1];
            }
        }
        return fired;
    }

    @Benchmark
    public int taLib() {
        int fired = 0;
        for (TaCall call : taLib) {
            for (double[][] x : perSymbol) {
                int n = x[3].length;
                if (call.run(0, n - 1, x[0], x[1], x[2], x[3], beg, nb, out) != RetCode.Success) {
                    throw new IllegalStateException("TA-Lib failed");
                }
                fired += nb.value > 0 ? out[nb.value - 1] : 0;
            }
        }
        return fired;
    }

    /** Runs both benchmarks and prints their times and the ratio. */
    public static void main(String[] args) throws RunnerException {
        var results = new Runner(new OptionsBuilder().include(PatternBenchmark.class.getSimpleName())
                .jvmArgsAppend("--add-modules", "jdk.incubator.vector").build()).run();
        double kernels = 0;
        double taLib = 0;
        for (RunResult r : results) {
            double score = r.getPrimaryResult().getScore();
            if (r.getParams().getBenchmark().endsWith("kernels")) {
                kernels = score;
            } else {
                taLib = score;
            }
        }
        System.out.printf("all 61 patterns, 6,000 symbols x 500 bars, 1 thread: kernels %.1f ms, TA-Lib %.1f ms,"
                + " TA-Lib / kernels = %.2f%n", kernels, taLib, taLib / kernels);
    }
}
