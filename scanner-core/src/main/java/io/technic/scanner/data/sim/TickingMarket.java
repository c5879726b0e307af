package io.technic.scanner.data.sim;

import io.technic.scanner.data.LiveSource;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The simulated market ticking intraday, so monitoring works with no data provider: the last
 * {@code liveSessions} sessions of a {@link SimulatedMarket} are held back and replayed in
 * market time, one price step every {@code step} from the 09:30 New York open to the 16:00 close.
 *
 * <p><b>Tick model.</b> For a symbol's held-back daily bar (O, H, L, C, V) the session's path is a
 * Brownian bridge from O to C over the session's {@code n} steps ({@code n = 390 min / step}),
 * drawn from its own stream seeded by (seed, symbol, session), scaled so that its largest excursion
 * spans half the day's range and clamped to [L, H], rounded to the quoting tick. After step
 * {@code j} the partial bar is {@code (O, max(O, path[1..j]), min(O, path[1..j]), path[j],
 * round(V * j / n))}; at the close (step {@code n}) it is the daily bar itself, bit for bit.
 * Before the first live session's open the market is the history; on a day that is no session or
 * after the last live session's close, the last session stays closed. The index ticks the same way.
 *
 * <p>A snapshot is a pure function of the instant: tests drive it with a controllable clock, and
 * the same instant always gives bit-identical bars. {@link #timeOfStep(long)} lays out the live
 * steps in market time for a monitor that advances one step per evaluation. Thread-safe.
 */
public final class TickingMarket implements LiveSource {

    /** The exchange's time zone. */
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final Duration SESSION = Duration.ofMinutes(390);

    private final SimulationSpec spec;
    private final Market full;
    private final int liveSessions;
    private final int history;            // sessions before the first live one
    private final int[] sessionDays;      // all sessions of the calendar, ascending epoch days
    private final Duration step;
    private final int steps;

    /**
     * @param spec         the simulated market; its last {@code liveSessions} sessions are live
     * @param liveSessions sessions replayed intraday, 1 .. {@code spec.bars() - 260}
     * @param step         market time between price steps; divides the 390-minute session
     * @throws IllegalArgumentException if {@code liveSessions} leaves fewer than 260 sessions of
     *                                  history or {@code step} does not divide the session
     */
    public TickingMarket(SimulationSpec spec, int liveSessions, Duration step) {
        this.spec = Objects.requireNonNull(spec, "spec");
        if (liveSessions < 1 || spec.bars() - liveSessions < 260) {
            throw new IllegalArgumentException("live sessions must be in 1.." + Math.max(1, spec.bars() - 260)
                    + " (at least 260 sessions of history) for " + spec.describe() + ", was " + liveSessions);
        }
        if (step.isNegative() || step.isZero() || SESSION.toMillis() % step.toMillis() != 0) {
            throw new IllegalArgumentException("step " + step + " must be positive and divide the 390-minute session");
        }
        this.full = new SimulatedMarket(spec).load();
        this.liveSessions = liveSessions;
        this.history = spec.bars() - liveSessions;
        this.sessionDays = full.index().day().clone();
        this.step = step;
        this.steps = (int) (SESSION.toMillis() / step.toMillis());
    }

    @Override
    public String describe() {
        return "sim-live:" + spec.describe().substring("sim:".length()) + ",live=" + liveSessions + ",step=" + step;
    }

    /** Price steps per session. */
    public int stepsPerSession() {
        return steps;
    }

    /** Number of live steps in all: {@code liveSessions * stepsPerSession()}. */
    public long totalSteps() {
        return (long) liveSessions * steps;
    }

    /** The date of live session {@code k} (0-based). */
    public LocalDate liveSession(int k) {
        return LocalDate.ofEpochDay(sessionDays[history + Objects.checkIndex(k, liveSessions)]);
    }

    /**
     * The market time at which live step {@code i} (0-based) has just completed: session
     * {@code i / n}'s open plus {@code (i % n + 1) * step}; steps past the last are held at the last.
     */
    public Instant timeOfStep(long i) {
        long c = Math.min(Math.max(0, i), totalSteps() - 1);
        int session = (int) (c / steps);
        int j = (int) (c % steps) + 1;
        return ZonedDateTime.of(liveSession(session), OPEN, NEW_YORK).toInstant().plus(step.multipliedBy(j));
    }

    @Override
    public Market snapshot(Instant now) {
        ZonedDateTime t = now.atZone(NEW_YORK);
        int today = (int) t.toLocalDate().toEpochDay();
        // the last calendar session on or before today
        int k = lastSessionOnOrBefore(today);
        int completed;                          // sessions fully closed
        int partialStep = 0;                    // steps of session k done (0 = none)
        if (k < 0 || k < history) {
            completed = history;
        } else if (sessionDays[k] < today) {
            completed = k + 1;
        } else {
            long minutes = Duration.between(ZonedDateTime.of(t.toLocalDate(), OPEN, NEW_YORK), t).toMillis();
            int j = minutes < 0 ? 0 : (int) Math.min(steps, minutes / step.toMillis());
            if (j >= steps) {
                completed = k + 1;
            } else {
                completed = k;
                partialStep = j;
            }
        }
        if (completed < history) {
            completed = history;
            partialStep = 0;
        }
        int live = partialStep > 0 ? completed : -1;   // the session shown as a partial bar
        BarColumns bars = cut(full.bars(), completed, live, partialStep, 0);
        BarColumns index = cut(full.index(), completed, live, partialStep, -1);
        List<SymbolInfo> infos = new ArrayList<>(full.symbols());
        String version = full.dataVersion() + ",live=" + liveSessions + ",at=" + (live < 0 ? completed : live) + "/"
                + partialStep + "/" + steps;
        return new Market(describe(), version, infos, bars, index, full.loadSkipped());
    }

    private int lastSessionOnOrBefore(int day) {
        int lo = 0;
        int hi = sessionDays.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sessionDays[mid] <= day) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Every symbol's sessions before {@code completed}, plus the partial bar of session {@code live} if >= 0. */
    private BarColumns cut(BarColumns src, int completed, int live, int j, int streamBase) {
        int sessions = sessionDays.length;
        int n = src.symbolCount();
        int[] offsets = new int[n + 1];
        for (int s = 0; s < n; s++) {
            int first = sessions - src.length(s);        // calendar index of the symbol's first bar
            int kept = Math.max(0, completed - first);
            offsets[s + 1] = offsets[s] + kept + (live >= 0 && live >= first ? 1 : 0);
        }
        int total = offsets[n];
        int[] day = new int[total];
        double[] o = new double[total];
        double[] h = new double[total];
        double[] l = new double[total];
        double[] c = new double[total];
        double[] v = new double[total];
        double[] bar = new double[5];
        for (int s = 0; s < n; s++) {
            int first = sessions - src.length(s);
            int kept = Math.max(0, completed - first);
            int from = src.start(s);
            int at = offsets[s];
            System.arraycopy(src.day(), from, day, at, kept);
            System.arraycopy(src.open(), from, o, at, kept);
            System.arraycopy(src.high(), from, h, at, kept);
            System.arraycopy(src.low(), from, l, at, kept);
            System.arraycopy(src.close(), from, c, at, kept);
            System.arraycopy(src.volume(), from, v, at, kept);
            if (live >= 0 && live >= first) {
                int i = from + live - first;
                partial(bar, src.open()[i], src.high()[i], src.low()[i], src.close()[i], src.volume()[i], j,
                        Seeds.mix(Seeds.mix(spec.seed(), 7_000_000L + streamBase + s), live));
                int k = at + kept;
                day[k] = src.day()[i];
                o[k] = bar[0];
                h[k] = bar[1];
                l[k] = bar[2];
                c[k] = bar[3];
                v[k] = bar[4];
            }
        }
        return new BarColumns(offsets, day, o, h, l, c, v);
    }

    /** The partial bar after step {@code j} into {@code out} (open, high, low, close, volume). */
    private void partial(double[] out, double o, double h, double l, double c, double v, int j, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] walk = new double[steps + 1];
        for (int k = 1; k <= steps; k++) {
            walk[k] = walk[k - 1] + rnd.nextGaussian();
        }
        double peak = 0;
        for (int k = 1; k <= steps; k++) {
            peak = Math.max(peak, Math.abs(walk[k] - walk[steps] * k / steps));
        }
        double scale = peak == 0 ? 0 : 0.5 * (h - l) / peak;
        double hi = o;
        double lo = o;
        double last = o;
        for (int k = 1; k <= j; k++) {
            double bridge = walk[k] - walk[steps] * k / steps;
            double p = PathSimulator.tick(o + (c - o) * k / steps + scale * bridge);
            last = Math.max(l, Math.min(h, p));
            hi = Math.max(hi, last);
            lo = Math.min(lo, last);
        }
        out[0] = o;
        out[1] = hi;
        out[2] = lo;
        out[3] = last;
        out[4] = Math.rint(v * j / steps);
    }
}
