package io.technic.scanner.data.sim;

import java.util.SplittableRandom;

/**
 * The common return factors of a simulation, one value per calendar session: the market factor
 * (whose cumulative sum is the index) and one factor per sector, each a GARCH(1,1) process with
 * Student-t(4) innovations. Log returns, daily. Immutable after construction.
 */
final class Factors {

    /** Long-run daily volatility of the market factor (about 16 % a year). */
    static final double MARKET_VOL = 0.010;
    /** Daily drift of the market factor (about 9 % a year). */
    static final double MARKET_DRIFT = 0.00035;
    static final double MARKET_ALPHA = 0.10;
    static final double MARKET_BETA = 0.87;
    static final double SECTOR_ALPHA = 0.06;
    static final double SECTOR_BETA = 0.92;

    /** Market factor return of each session (drift included). */
    final double[] market;
    /** Conditional variance of the market factor on each session. */
    final double[] marketVar;
    /** {@code sector[k][t]}: return of sector factor k on session t. */
    final double[][] sector;
    /** Long-run daily volatility of each sector factor. */
    final double[] sectorVol;

    Factors(long seed, int sessions) {
        market = new double[sessions];
        marketVar = new double[sessions];
        garch(new SplittableRandom(Seeds.mix(seed, -1)), MARKET_VOL, MARKET_ALPHA, MARKET_BETA, market, marketVar);
        for (int t = 0; t < sessions; t++) {
            market[t] += MARKET_DRIFT;
        }
        int k = Sector.ALL.size();
        sector = new double[k][sessions];
        sectorVol = new double[k];
        double[] scratch = new double[sessions];
        for (int s = 0; s < k; s++) {
            sectorVol[s] = Sector.ALL.get(s).factorVol();
            garch(new SplittableRandom(Seeds.mix(seed, -2 - s)), sectorVol[s], SECTOR_ALPHA, SECTOR_BETA,
                    sector[s], scratch);
        }
    }

    /** Fills {@code ret} with a zero-mean GARCH(1,1) path of long-run volatility {@code vol}. */
    private static void garch(SplittableRandom rnd, double vol, double alpha, double beta, double[] ret,
                              double[] var) {
        double omega = (1 - alpha - beta) * vol * vol;
        double h = vol * vol;
        for (int t = 0; t < ret.length; t++) {
            var[t] = h;
            double e = Math.sqrt(h) * studentT4(rnd);
            ret[t] = e;
            h = omega + alpha * e * e + beta * h;
        }
    }

    /**
     * A Student-t draw with 4 degrees of freedom scaled to unit variance (t4 has variance 2) and
     * clipped at 8: {@code z / sqrt(chi2(4) / 4) / sqrt(2)}, chi2(4) being twice the sum of two
     * standard exponentials.
     */
    static double studentT4(SplittableRandom rnd) {
        double z = rnd.nextGaussian();
        double chi = rnd.nextExponential() + rnd.nextExponential(); // chi2(4) / 2
        double t = z / Math.sqrt(chi); // = z / sqrt(chi2(4)/4) / sqrt(2)
        return Math.max(-8, Math.min(8, t));
    }
}
