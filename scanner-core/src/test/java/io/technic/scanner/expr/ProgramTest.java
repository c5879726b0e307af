package io.technic.scanner.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.indicator.Ema;
import io.technic.scanner.indicator.RelativeVolume;
import io.technic.scanner.indicator.Rsi;
import io.technic.scanner.indicator.Sma;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProgramTest {

    private static Market market;
    private static ScanResult result;

    @BeforeAll
    static void scan() {
        market = new SimulatedMarket(new SimulationSpec(11, 200, 400, LocalDate.of(2026, 6, 30))).load();
        try (Scanner s = new Scanner(x -> market, new TechnicalFeatures(), new TechRating(), new Merit(false))) {
            result = s.run(ScanRequest.of("sim").withFilter(io.technic.scanner.model.UniverseFilter.none()));
        }
        assertThat(result.rows()).hasSizeGreaterThan(100);
    }

    private static Program compile(String src) {
        return Screen.compileProgram(src, result);
    }

    /** Evaluates at each ranked row's as-of bar and checks it against {@code expected(bars, from, at, row)}. */
    private static void assertEverywhere(String src, Expected expected) {
        Program p = compile(src);
        Program.Workspace ws = p.workspace();
        BarColumns b = market.bars();
        var positions = market.positions();
        for (ScanRow row : result.rows()) {
            int s = positions.get(row.symbol());
            int at = b.lastIndexOnOrBefore(s, (int) result.asOf().toEpochDay());
            int from = Math.max(b.start(s), at - result.request().lookback() + 1);
            double actual = p.evaluate(b, from, at, row, ws);
            double want = expected.value(b, from, at, row);
            assertThat(Double.doubleToLongBits(actual)).as("%s for %s: %s vs %s", src, row.symbol(), actual, want)
                    .isEqualTo(Double.doubleToLongBits(want));
        }
    }

    @FunctionalInterface
    interface Expected {
        double value(BarColumns b, int from, int at, ScanRow row);
    }

    private static double[] full(BarColumns b, int from, int at, java.util.function.BiConsumer<double[], double[]> k,
                                 double[] in) {
        double[] out = new double[b.barCount()];
        k.accept(in, out);
        return out;
    }

    @Test
    void indicatorsEqualTheEnginesKernelsAtTheAsOfBar() {
        // a windowed indicator over just the windows asked for, like the scan's tail evaluation
        assertEverywhere("sma(50)", (b, from, at, row) -> {
            double[] out = new double[b.barCount()];
            Sma.compute(b.close(), at - 49, at + 1, 50, out);
            return out[at];
        });
        assertEverywhere("ema(volume, 12)", (b, from, at, row) -> {
            double[] out = new double[b.barCount()];
            Ema.compute(b.volume(), from, at + 1, 12, out);
            return out[at];
        });
        assertEverywhere("rsi(14)", (b, from, at, row) -> {
            double[] out = new double[b.barCount()];
            Rsi.compute(b.close(), from, at + 1, 14, out);
            return out[at];
        });
        assertEverywhere("rvol(20)", (b, from, at, row) -> {
            double[] out = new double[b.barCount()];
            RelativeVolume.compute(b.volume(), at - RelativeVolume.lookback(20), at + 1, 20, out);
            return out[at];
        });
        // and the scan's own feature row: windowed ones bit for bit; the recursive ones come from the
        // scan's fused pass, which folds Wilder's 1/n into a multiplication (within 1e-9)
        assertEverywhere("sma(200) - sma200 + sma(20) - sma20", (b, from, at, row) -> 0.0);
        Program p = compile("abs(rsi(14) - rsi14) + abs(ema(12) - ema12) + abs(atr(14) - atr14)");
        Program.Workspace ws = p.workspace();
        for (ScanRow row : result.rows()) {
            BarColumns b = market.bars();
            int s = market.positions().get(row.symbol());
            int at = b.lastIndexOnOrBefore(s, (int) result.asOf().toEpochDay());
            assertThat(p.evaluate(b, Math.max(b.start(s), at - result.request().lookback() + 1), at, row, ws))
                    .as(row.symbol()).isLessThan(1e-9);
        }
    }

    @Test
    void barsAgoWindowsAndCrossings() {
        assertEverywhere("close[1] + high[3] * 2", (b, from, at, row) -> b.close()[at - 1] + b.high()[at - 3] * 2);
        assertEverywhere("highest(20) - lowest(close, 5)", (b, from, at, row) -> {
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int i = at - 19; i <= at; i++) {
                hi = Math.max(hi, b.high()[i]);
            }
            for (int i = at - 4; i <= at; i++) {
                lo = Math.min(lo, b.close()[i]);
            }
            return hi - lo;
        });
        assertEverywhere("crosses_above(close, sma(10)) within 5 bars", (b, from, at, row) -> {
            double[] sma = new double[b.barCount()];
            Sma.compute(b.close(), from, at + 1, 10, sma);
            for (int t = at - 4; t <= at; t++) {
                if (b.close()[t - 1] <= sma[t - 1] && b.close()[t] > sma[t]) {
                    return 1;
                }
            }
            return 0;
        });
        assertEverywhere("not (close > open) or volume >= volume[1]", (b, from, at, row) ->
                !(b.close()[at] > b.open()[at]) || b.volume()[at] >= b.volume()[at - 1] ? 1 : 0);
    }

    @Test
    void scoresFeaturesAndTextFields() {
        assertEverywhere("merit", (b, from, at, row) -> row.scores().get("merit"));
        assertEverywhere("MERIT > 50 and sector in (\"Energy\", \"utilities\")", (b, from, at, row) ->
                row.scores().get("merit") > 50 && (row.info().sector().equals("Energy")
                        || row.info().sector().equals("Utilities")) ? 1 : 0);
        assertEverywhere("sector != 'Energy'", (b, from, at, row) -> row.info().sector().equals("Energy") ? 0 : 1);
    }

    /** Patterns read TA-Lib's integers from the pattern kernels run over the symbol's whole window. */
    @Test
    void patternsEqualTheirKernelsOverTheWindow() {
        for (String name : new String[] {"engulfing", "hammer", "doji", "three_white_soldiers", "hikkake"}) {
            var p = io.technic.scanner.pattern.Patterns.byName(name).orElseThrow();
            Expected kernel = (b, from, at, row) -> {
                int[] out = new int[b.barCount()];
                p.compute(b.open(), b.high(), b.low(), b.close(), from, at + 1, out);
                return at - from < p.lookback() ? Double.NaN : out[at];
            };
            assertEverywhere(name, kernel);
            assertEverywhere(p.taLibName().toLowerCase(java.util.Locale.ROOT), kernel);
        }
        for (var x : io.technic.scanner.pattern.Breakouts.all()) {
            assertEverywhere(x.name(), (b, from, at, row) -> {
                int[] out = new int[b.barCount()];
                x.compute(b.open(), b.high(), b.low(), b.close(), b.volume(), from, at + 1, out);
                return at - from < x.lookback() ? Double.NaN : out[at];
            });
        }
        // a bullish engulfing in the last 5 bars, checked bar by bar against the kernel
        var engulfing = io.technic.scanner.pattern.Patterns.byName("engulfing").orElseThrow();
        int fired = 0;
        Program p = compile("engulfing > 0 within 5 bars");
        for (ScanRow row : result.rows()) {
            BarColumns b = market.bars();
            int s = market.positions().get(row.symbol());
            int at = b.lastIndexOnOrBefore(s, (int) result.asOf().toEpochDay());
            int from = Math.max(b.start(s), at - result.request().lookback() + 1);
            int[] out = new int[b.barCount()];
            engulfing.compute(b.open(), b.high(), b.low(), b.close(), from, at + 1, out);
            double want = 0;
            for (int k = at - 4; k <= at; k++) {
                want = out[k] > 0 ? 1 : want;
            }
            fired += (int) want;
            assertThat(p.evaluate(b, from, at, row, p.workspace())).as(row.symbol()).isEqualTo(want);
        }
        assertThat(fired).as("symbols with a bullish engulfing in the last 5 bars").isPositive();
    }

    @Test
    void tooLittleHistoryIsUnknownNotFalse() {
        BarColumns b = market.bars();
        ScanRow row = result.rows().getFirst();
        int s = market.positions().get(row.symbol());
        int at = b.end(s) - 1;
        Program p = compile("sma(close, 300) > 0");
        assertThat(p.evaluate(b, at - 100, at, row, p.workspace())).isNaN();
        Program q = compile("sma(close, 300) > 0 or true");
        assertThat(q.evaluate(b, at - 100, at, row, q.workspace())).isEqualTo(1.0);
    }

    @Test
    void errorsNameTheProblemAndWhere() {
        assertError("close > smaa(50)", "unknown function 'smaa' at 1:9, did you mean 'sma'?", 9);
        assertError("rsi(14) < 30 and rvoll > 2", "unknown name 'rvoll' at 1:18, did you mean 'rvol'?", 18);
        assertError("close >", "expression ends too early at 1:8", 8);
        assertError("close > 'x", "unterminated string at 1:9", 9);
        assertError("close # 3", "unexpected character '#' at 1:7", 7);
        assertError("hourly.close > 3", "unknown timeframe 'hourly': write daily., weekly. or monthly. before a term", 1);
        assertError("sma(close, 2.5) > 1", "sma's period must be a whole number from 1 to 5000 at 1:12", 12);
        assertError("close and rsi(14) < 30", "expected a condition but this is a number at 1:1", 1);
        assertError("crosses_above(close) ", "crosses_above takes 2 arguments, got 1 at 1:1", 1);
        assertError("close > 1\n  and within", "expected a value but found the keyword 'within' at 2:7", 7);
        assertError("(close > 1) within 0 bars", "'within' needs at least 1 bar", 13);
        assertError("sector > 'A'", "text can only be compared with == or !=", 8);
        assertError("engulfng > 0", "unknown name 'engulfng' at 1:1, did you mean 'engulfing'?", 1);
    }

    private static void assertError(String src, String message, int column) {
        assertThatThrownBy(() -> compile(src)).isInstanceOf(ExprException.class)
                .hasMessageContaining(message)
                .satisfies(e -> {
                    ExprException x = (ExprException) e;
                    assertThat(x.column()).isEqualTo(column);
                    assertThat(x.caret().lines().toList().getLast()).isEqualTo(" ".repeat(column - 1) + "^");
                });
    }

    /** Any input gives a program or an {@link ExprException}: nothing else escapes, nothing hangs. */
    @Test
    void randomInputNeverEscapesAsAnotherException() {
        String[] atoms = {"close", "sma", "(", ")", "[", "]", "1", "2.5", ",", ">", "<=", "==", "and", "or", "not",
            "within", "bars", "in", "'Energy'", "\"", "-", "*", "/", "rsi", "merit", "sector", ".", "weekly", "#", " ",
            "\n", "highest", "crosses_above", "1e309", "99999999999"};
        Random r = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(atoms[r.nextInt(atoms.length)]).append(r.nextBoolean() ? " " : "");
            }
            try {
                Program p = compile(sb.toString());
                ScanRow row = result.rows().get(r.nextInt(result.rows().size()));
                BarColumns b = market.bars();
                int s = market.positions().get(row.symbol());
                p.evaluate(b, b.start(s), b.end(s) - 1, row, p.workspace());
            } catch (ExprException expected) {
                assertThat(expected.getMessage()).matches("(?s).* at \\d+:\\d+.*");
            }
        }
    }
}
