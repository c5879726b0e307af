package io.technic.scanner.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.indicator.Ema;
import io.technic.scanner.indicator.Rsi;
import io.technic.scanner.model.BarColumns;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/** {@code weekly.} and {@code monthly.} terms against a plain reference that resamples again on every day. */
class TimeframeProgramTest {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 20),
            LocalDate.of(2020, 4, 10), LocalDate.of(2020, 5, 25), LocalDate.of(2020, 7, 3), LocalDate.of(2020, 9, 7),
            LocalDate.of(2020, 11, 26), LocalDate.of(2020, 12, 25), LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 2),
            LocalDate.of(2021, 5, 31));

    /** Trading days 2019-11-04 .. 2021-08-31 without the holidays, a few random gaps and one Saturday session. */
    private static final BarColumns BARS = calendar();

    private static BarColumns calendar() {
        Random rnd = new Random(5);
        BarColumns.Builder b = new BarColumns.Builder(500);
        double price = 50;
        for (LocalDate d = LocalDate.of(2019, 11, 4); !d.isAfter(LocalDate.of(2021, 8, 31)); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek().getValue() > 5;
            if ((weekend && !d.equals(LocalDate.of(2020, 3, 14))) || HOLIDAYS.contains(d) || rnd.nextInt(40) == 0) {
                continue;
            }
            double open = price * (1 + 0.01 * rnd.nextGaussian());
            price = open * (1 + 0.015 * rnd.nextGaussian());
            double hi = Math.max(open, price) * (1 + 0.01 * rnd.nextDouble());
            double lo = Math.min(open, price) * (1 - 0.01 * rnd.nextDouble());
            b.add((int) d.toEpochDay(), open, hi, lo, price, 1e5 * (1 + rnd.nextInt(50)));
        }
        return b.endSymbol().build();
    }

    /** A period key independent of the engine's: ISO week-based year and week, or year and month. */
    private static ToIntFunction<LocalDate> key(String tf) {
        return tf.equals("weekly")
                ? d -> d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                : d -> d.getYear() * 100 + d.getMonthValue();
    }

    /** The periods as known at the close of day {@code t}: {open, high, low, close, volume} rows. */
    private static List<double[]> periodsAsOf(String tf, int t) {
        ToIntFunction<LocalDate> key = key(tf);
        List<double[]> out = new ArrayList<>();
        int current = Integer.MIN_VALUE;
        for (int i = 0; i <= t; i++) {
            int k = key.applyAsInt(BARS.date(i));
            if (k != current) {
                out.add(new double[] {BARS.open()[i], BARS.high()[i], BARS.low()[i], 0, 0});
                current = k;
            }
            double[] p = out.getLast();
            p[1] = Math.max(p[1], BARS.high()[i]);
            p[2] = Math.min(p[2], BARS.low()[i]);
            p[3] = BARS.close()[i];
            p[4] += BARS.volume()[i];
        }
        return out;
    }

    private static double[] column(List<double[]> periods, int k) {
        return periods.stream().mapToDouble(p -> p[k]).toArray();
    }

    private static double smaOfLast(double[] x, int n) {
        if (x.length < n) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = x.length - n; i < x.length; i++) {
            s += x[i];
        }
        return s / n;
    }

    private static double last(double[] x) {
        return x[x.length - 1];
    }

    private interface Reference {
        double at(List<double[]> periods);
    }

    private static double[] series(String src) {
        Program p = Program.compileBarsOnly(src, new Program.Vocabulary(List.of(), List.of()), "");
        double[] out = new double[BARS.barCount()];
        p.evaluateSeries(BARS, 0, BARS.barCount(), null, p.workspace(), out);
        return out;
    }

    private static void assertMatchesReference(String tf, String term, Reference ref) {
        double[] actual = series(tf + "." + term);
        for (int t = 0; t < BARS.barCount(); t++) {
            double want = ref.at(periodsAsOf(tf, t));
            if (Double.isNaN(want)) {
                assertThat(actual[t]).as("%s.%s on %s", tf, term, BARS.date(t)).isNaN();
            } else {
                assertThat(actual[t]).as("%s.%s on %s", tf, term, BARS.date(t))
                        .isCloseTo(want, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(want))));
            }
        }
    }

    @Test
    void barFieldsAreTheCurrentPeriodSoFar() {
        for (String tf : List.of("weekly", "monthly")) {
            assertMatchesReference(tf, "open", p -> last(column(p, 0)));
            assertMatchesReference(tf, "high", p -> last(column(p, 1)));
            assertMatchesReference(tf, "low", p -> last(column(p, 2)));
            assertMatchesReference(tf, "close", p -> last(column(p, 3)));
            assertMatchesReference(tf, "volume", p -> last(column(p, 4)));
            assertMatchesReference(tf, "close[1]", p -> p.size() < 2 ? Double.NaN : p.get(p.size() - 2)[3]);
        }
    }

    @Test
    void indicatorsRunOnThePeriodsWithTheCurrentOneSoFar() {
        assertMatchesReference("weekly", "sma(10)", p -> smaOfLast(column(p, 3), 10));
        assertMatchesReference("monthly", "sma(3)", p -> smaOfLast(column(p, 3), 3));
        assertMatchesReference("weekly", "highest(4)", p -> {
            double[] h = column(p, 1);
            return h.length < 4 ? Double.NaN : java.util.Arrays.stream(h, h.length - 4, h.length).max().orElseThrow();
        });
        assertMatchesReference("weekly", "ema(6)", p -> {
            double[] c = column(p, 3);
            double[] out = new double[c.length];
            Ema.compute(c, 0, c.length, 6, out);
            return last(out);
        });
        assertMatchesReference("monthly", "rsi(3)", p -> {
            double[] c = column(p, 3);
            double[] out = new double[c.length];
            Rsi.compute(c, 0, c.length, 3, out);
            return last(out);
        });
    }

    @Test
    void weeklyTermsMixWithDailyOnes() {
        double[] above = series("close > weekly.sma(8)");
        double[] sma = series("weekly.sma(8)");
        double[] cross = series("crosses_above(weekly.ema(3), weekly.ema(8))");
        double[] fast = series("weekly.ema(3)");
        double[] slow = series("weekly.ema(8)");
        int crosses = 0;
        for (int t = 1; t < BARS.barCount(); t++) {
            double want = Double.isNaN(sma[t]) ? Double.NaN : BARS.close()[t] > sma[t] ? 1 : 0;
            assertThat(Double.doubleToLongBits(above[t])).isEqualTo(Double.doubleToLongBits(want));
            if (!Double.isNaN(slow[t - 1])) {
                double c = fast[t] > slow[t] && fast[t - 1] <= slow[t - 1] ? 1 : 0;
                assertThat(Double.doubleToLongBits(cross[t])).as("cross on %s", BARS.date(t))
                        .isEqualTo(Double.doubleToLongBits(c));
                crosses += (int) c;
            }
        }
        assertThat(crosses).as("the random walk crosses a few times").isGreaterThan(2);
    }

    @Test
    void aDaysValueNeverChangesWhenLaterDaysArrive() {
        List<String> exprs = List.of("weekly.close > weekly.sma(5)", "monthly.rsi(3)", "weekly.ema(4)",
                "weekly.engulfing", "weekly.close[2]");
        for (String src : exprs) {
            double[] whole = series(src);
            Program p = Program.compileBarsOnly(src, new Program.Vocabulary(List.of(), List.of()), "");
            for (int t : new int[] {30, 87, 88, 89, 90, 91, 200, 301, BARS.barCount() - 1}) {
                BarColumns cut = new BarColumns(new int[] {0, t + 1}, BARS.day(), BARS.open(), BARS.high(), BARS.low(),
                        BARS.close(), BARS.volume());
                double[] part = new double[t + 1];
                p.evaluateSeries(cut, 0, t + 1, null, p.workspace(), part);
                assertThat(Double.doubleToLongBits(part[t])).as("%s on %s", src, BARS.date(t))
                        .isEqualTo(Double.doubleToLongBits(whole[t]));
                // a single-bar evaluation (the scan's path) sees the same
                double one = p.evaluate(BARS, 0, t, null, p.workspace());
                if (Double.isNaN(whole[t])) {
                    assertThat(one).isNaN();
                } else {
                    assertThat(one).as("%s evaluated at %s", src, BARS.date(t))
                            .isCloseTo(whole[t], org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(whole[t]))));
                }
            }
        }
    }

    @Test
    void fridayValuesAreTheCompletedWeeks() {
        double[] close = series("weekly.close");
        double[] prev = series("weekly.close[1]");
        for (int t = 1; t < BARS.barCount(); t++) {
            boolean newWeek = !BARS.date(t).with(DayOfWeek.MONDAY).equals(BARS.date(t - 1).with(DayOfWeek.MONDAY));
            if (newWeek) {
                // the first day of a week sees last week's close one period back
                assertThat(prev[t]).isEqualTo(close[t - 1]);
            }
        }
    }

    @Test
    void misuseIsAnErrorAtThePrefix() {
        Program.Vocabulary v = new Program.Vocabulary(List.of("rsi14"), List.of("merit"));
        assertError(v, "hourly.close > 1", "unknown timeframe 'hourly'", 1);
        assertError(v, "close > weekly.merit", "'merit' is one value per symbol from the daily scan, not a weekly series", 16);
        assertError(v, "weekly.sector == 'Energy'", "'sector' is one text per symbol", 8);
        assertError(v, "weekly.sma(monthly.close, 3) > 1", "a timeframe inside weekly. is not supported", 12);
        assertError(v, "weekly. > 1", "expected a bar field, indicator or pattern after 'weekly.'", 9);
        assertThat(Program.compile("daily.close > weekly.close[1] and monthly.rsi(14) < 30", v).type())
                .isEqualTo(Program.Type.BOOLEAN);
        assertThat(Program.compile("weekly.sma(30)", v).lookback()).as("30 weeks of at most 7 days").isEqualTo(30 * 7);
        assertThat(Program.compile("monthly.ema(3)", v).lookback()).isEqualTo(-1);
    }

    private static void assertError(Program.Vocabulary v, String src, String message, int column) {
        assertThatThrownBy(() -> Program.compile(src, v)).isInstanceOf(ExprException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ExprException) e).column()).isEqualTo(column));
    }
}
