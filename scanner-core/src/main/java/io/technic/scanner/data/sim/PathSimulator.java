package io.technic.scanner.data.sim;

import java.util.SplittableRandom;

/**
 * Simulates one company's daily bars straight into the market's flat columns. The model, per
 * session {@code t} of a company with {@code k} bars so far ({@code lp} = log close):
 *
 * <pre>
 * r_t   = alpha_t + beta * M_t + gamma * S_t + e_t + J_t                       (log close-to-close)
 * e_t   = sqrt(h_t) * z_t,  z_t ~ Student-t(4) scaled to unit variance, |z_t| &lt;= 8
 * h_t+1 = omega + 0.07 * (e_t + J_t)^2 + 0.90 * h_t,   omega = 0.03 * idioVol^2   (GARCH(1,1))
 * J_t   = 4 * idioVol * N(0,1) on quarterly earnings sessions, else 0
 * alpha_t = K_MOM * idioVol * MOM_t - K_REV * idioVol * REV_t + K_LOWVOL * lowVolZ + K_QUALITY * qualityZ
 * MOM_t = clip3((lp[k-21] - lp[k-252]) / (totalVol * sqrt(231)))   12-1 momentum as known at the
 *         previous close, 0 before 252 bars of own history
 * REV_t = clip3((lp[k-1] - lp[k-21]) / (totalVol * sqrt(20)))      one-month return, 0 before 21 bars
 * </pre>
 *
 * M and S are the market and sector factors of {@link Factors}. The overnight gap takes 30 % of
 * the diffusive variance by a Brownian-bridge split of {@code r_t} (plus the whole earnings
 * jump); high and low extend beyond open and close by exponential amounts scaled by the intraday
 * volatility. Prices are rounded to cents (to 1/10,000 below one dollar) and then high/low
 * re-widened to contain open and close, so every bar has {@code high >= max(o, c)},
 * {@code low <= min(o, c)}, {@code low > 0}. Volume is log-normal around the company's turnover,
 * rising with the day's absolute surprise, with the conditional volatility and on earnings days,
 * with AR(1) noise. Transcendental functions are {@link StrictMath}'s, so the bars are the same
 * on every JVM and CPU. One instance per thread (it holds scratch space).
 */
final class PathSimulator {

    /** Daily drift per unit of MOM, in units of the company's idiosyncratic volatility. */
    static final double K_MOM = 0.02;
    /** Daily drift against one unit of REV, in units of the company's idiosyncratic volatility. */
    static final double K_REV = 0.015;
    /** Daily drift per unit of lowVolZ (log return; 1 bp per standard deviation). */
    static final double K_LOWVOL = 1.0e-4;
    /** Daily drift per unit of qualityZ (log return). */
    static final double K_QUALITY = 0.8e-4;
    /** Momentum look-back (bars) and the recent bars it skips. */
    static final int MOM_LOOKBACK = 252;
    static final int MOM_SKIP = 21;
    /** Reversal look-back in bars. */
    static final int REV_LOOKBACK = 21;

    static final double IDIO_ALPHA = 0.07;
    static final double IDIO_BETA = 0.90;
    static final double OVERNIGHT_SHARE = 0.30;
    static final double EARNINGS_JUMP = 4.0;
    static final int EARNINGS_EVERY = 63;

    private static final double SQRT_MOM = Math.sqrt(MOM_LOOKBACK - MOM_SKIP);
    private static final double SQRT_REV = Math.sqrt(REV_LOOKBACK - 1);
    private static final double GAP_NOISE = Math.sqrt(OVERNIGHT_SHARE * (1 - OVERNIGHT_SHARE));
    private static final double INTRADAY = Math.sqrt(1 - OVERNIGHT_SHARE);
    private static final double VOLUME_AR = 0.6;
    private static final double VOLUME_NOISE = 0.35;
    /** Makes the mean of exp(AR noise) one: var = noise^2 / (1 - ar^2). */
    private static final double VOLUME_BIAS = 0.5 * VOLUME_NOISE * VOLUME_NOISE / (1 - VOLUME_AR * VOLUME_AR);

    private final Factors factors;
    private final double[] lp;

    PathSimulator(Factors factors, int sessions) {
        this.factors = factors;
        this.lp = new double[sessions];
    }

    /** Writes company {@code c}'s bars at flat index {@code at} onwards (one per session from its start). */
    void simulate(Company c, int at, int[] days, int[] day, double[] open, double[] high, double[] low,
                  double[] close, double[] volume) {
        SplittableRandom rnd = new SplittableRandom(c.streamSeed());
        double[] mkt = factors.market;
        double[] mktVar = factors.marketVar;
        double[] sec = factors.sector[c.sector()];
        double secVar = factors.sectorVol[c.sector()] * factors.sectorVol[c.sector()];
        double sig = c.idioVol();
        double sig2 = sig * sig;
        double tot = c.totalVol();
        double beta = c.beta();
        double gamma = c.gamma();
        double alpha0 = K_LOWVOL * c.lowVolZ() + K_QUALITY * c.qualityZ();
        double omega = (1 - IDIO_ALPHA - IDIO_BETA) * sig2;
        double hMax = 25 * sig2;
        double logP0 = StrictMath.log(c.price0());
        double vbar = c.turnover() * c.marketCap0() / c.price0();
        double h = sig2;
        double u = 0;
        double lpPrev = 0;
        double invMom = 1 / (tot * SQRT_MOM);
        double invRev = 1 / (tot * SQRT_REV);
        double kMom = K_MOM * sig;
        double kRev = K_REV * sig;
        int n = days.length - c.start();
        int untilEarnings = Math.floorMod(c.earnings() - c.start(), EARNINGS_EVERY);
        for (int k = 0; k < n; k++) {
            int t = c.start() + k;
            double alpha = alpha0;
            if (k >= MOM_LOOKBACK) {
                alpha += kMom * clip3((lp[k - MOM_SKIP] - lp[k - MOM_LOOKBACK]) * invMom);
            }
            if (k >= REV_LOOKBACK) {
                alpha -= kRev * clip3((lp[k - 1] - lp[k - REV_LOOKBACK]) * invRev);
            }
            double e = Math.sqrt(h) * Factors.studentT4(rnd);
            boolean earnings = untilEarnings == 0;
            untilEarnings = earnings ? EARNINGS_EVERY - 1 : untilEarnings - 1;
            double jump = earnings ? EARNINGS_JUMP * sig * rnd.nextGaussian() : 0;
            double diffusive = alpha + beta * mkt[t] + gamma * sec[t] + e;
            double r = diffusive + jump;
            double sd = Math.sqrt(h + beta * beta * mktVar[t] + gamma * gamma * secVar);
            double gap = OVERNIGHT_SHARE * diffusive + GAP_NOISE * sd * rnd.nextGaussian() + jump;
            double ee = e + jump;
            h = Math.min(hMax, omega + IDIO_ALPHA * ee * ee + IDIO_BETA * h);

            double lpNow = lpPrev + r;
            lp[k] = lpNow;
            double o = StrictMath.exp(logP0 + lpPrev + gap);
            double cl = StrictMath.exp(logP0 + lpNow);
            double ext = 0.5 * INTRADAY * sd;
            double hi = Math.max(o, cl) * (1 + ext * rnd.nextExponential());
            double lo = Math.min(o, cl) / (1 + ext * rnd.nextExponential());
            o = tick(o);
            cl = tick(cl);
            hi = Math.max(tick(hi), Math.max(o, cl));
            lo = Math.min(tick(lo), Math.min(o, cl));

            u = VOLUME_AR * u + VOLUME_NOISE * rnd.nextGaussian();
            double surprise = Math.abs(r - alpha) / tot;
            double v = vbar * StrictMath.exp(Math.min(6, 0.35 * (surprise - 0.8) + u - VOLUME_BIAS))
                    * Math.sqrt(Math.sqrt(h) / sig) * (earnings ? 3 : 1);

            int i = at + k;
            day[i] = days[t];
            open[i] = o;
            high[i] = hi;
            low[i] = lo;
            close[i] = cl;
            volume[i] = Math.rint(v);
            lpPrev = lpNow;
        }
    }

    /** Rounds to the quoting tick: a cent from one dollar up, 1/10,000 below; never below 0.0001. */
    static double tick(double p) {
        return p >= 1 ? Math.rint(p * 100) / 100 : Math.max(0.0001, Math.rint(p * 10_000) / 10_000);
    }

    private static double clip3(double x) {
        return Math.max(-3, Math.min(3, x));
    }
}
