package io.technic.scanner.score;

import static io.technic.scanner.feature.Features.ATR_PCT;
import static io.technic.scanner.feature.Features.BETA_252;
import static io.technic.scanner.feature.Features.CMF_20;
import static io.technic.scanner.feature.Features.DOLLAR_VOLUME_20;
import static io.technic.scanner.feature.Features.IDIO_VOL_252;
import static io.technic.scanner.feature.Features.LINREG_R2_50;
import static io.technic.scanner.feature.Features.MAX_DRAWDOWN_252;
import static io.technic.scanner.feature.Features.MOM_12_1;
import static io.technic.scanner.feature.Features.OBV_SLOPE_20;
import static io.technic.scanner.feature.Features.REALIZED_VOL_63;
import static io.technic.scanner.feature.Features.RET_126;
import static io.technic.scanner.feature.Features.RET_21;
import static io.technic.scanner.feature.Features.RET_252;
import static io.technic.scanner.feature.Features.RET_63;
import static io.technic.scanner.feature.Features.VOL_OF_VOL_252;

import io.technic.scanner.model.Contribution;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.Regime;
import io.technic.scanner.model.SymbolInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * MERIT, the headline ranking score, and the cross-sectional scores it is built from. All
 * percentiles ({@code pct}) are over the scan's candidates ({@link CrossSection#percentile}).
 * The formulas, weights and regime table are in {@code docs/SCORING.md}; in short:
 * <ul>
 *   <li><b>rsRank</b> = pct(0.4·ret63 + 0.2·ret126 + 0.2·ret252 + 0.2·ret21).</li>
 *   <li><b>quality</b>: technical = mean(pct(R² 50), 100 − pct(max drawdown 252), 100 − pct(vol of
 *       vol)); fundamental = mean of the known of pct(ROE), pct(net margin), 100 − pct(debt/equity);
 *       quality = ½ technical + ½ fundamental when the symbol has fundamentals, else technical.</li>
 *   <li><b>ics</b> = weighted mean of liquidity pct(dollar volume 20) 0.30, size pct(market cap)
 *       0.20, stability 100 − pct(realized vol 63) 0.20, accumulation mean(pct(CMF), pct(OBV
 *       slope)) 0.15, low idiosyncratic volatility 100 − pct(idio vol 252) 0.15; a component the
 *       data lacks drops out and the rest are re-weighted.</li>
 *   <li><b>risk</b> = 0.6·pct(ATR %) + 0.4·pct(max drawdown 252).</li>
 *   <li><b>alpha</b> = mean over the alpha models of pct(raw forecast); each model's percentile is
 *       a score of its own ({@code alpha5d}, {@code alpha10d}). Absent when no model is configured.</li>
 *   <li><b>merit</b> = Σ w·score over techRating, alpha, quality, ics, rsRank (weights by profile,
 *       adjusted by regime, renormalised over the components present) − λ·risk, clamped to 0–100.</li>
 *   <li><b>factors</b>: winsorised z-scores of momentum (12-1), reversal (−ret21), low volatility
 *       (−vol 63), beta, size (ln market cap), value (earnings yield 1/PE), quality (ROE),
 *       growth (revenue growth); optionally sector-neutral.</li>
 * </ul>
 */
public final class Merit implements UniverseScorer {

    public static final String MERIT = "merit";
    public static final String QUALITY = "quality";
    public static final String ICS = "ics";
    public static final String RS_RANK = "rsRank";
    public static final String RISK = "risk";
    /**
     * The ML alpha slot: the mean percentile of the alpha models' forecasts (or, with no models
     * configured, a per-symbol score of this name when a scorer provides one).
     */
    public static final String ALPHA = "alpha";
    /** Suffix of a raw model forecast among the per-symbol inputs: {@code alpha5d} + this. */
    public static final String FORECAST = "Forecast";

    static final List<String> COMPONENTS = List.of(TechRating.TECH_RATING, ALPHA, QUALITY, ICS, RS_RANK);
    private static final List<String> SCORES = List.of(MERIT, QUALITY, ICS, RS_RANK, RISK);
    private static final int N_BASE = SCORES.size();
    private static final List<String> FACTORS = List.of("fMomentum", "fReversal", "fLowVol", "fBeta", "fSize",
            "fValue", "fQuality", "fGrowth");

    private final boolean sectorNeutral;
    private final List<String> alphaModels;
    private final List<String> scoreNames;

    /** Factors measured against the whole universe. */
    public Merit() {
        this(false);
    }

    /** @param sectorNeutral factor z-scores measured within each sector */
    public Merit(boolean sectorNeutral) {
        this(sectorNeutral, List.of());
    }

    /**
     * @param sectorNeutral factor z-scores measured within each sector
     * @param alphaModels   names of the alpha models whose raw forecasts come as per-symbol inputs
     *                      named {@code NAME + }{@value #FORECAST}: each adds a score {@code NAME}, the
     *                      forecast's percentile, and their mean fills the {@value #ALPHA} slot
     */
    public Merit(boolean sectorNeutral, List<String> alphaModels) {
        this.sectorNeutral = sectorNeutral;
        this.alphaModels = List.copyOf(alphaModels);
        List<String> names = new ArrayList<>(SCORES);
        if (!this.alphaModels.isEmpty()) {
            names.add(ALPHA);
            names.addAll(this.alphaModels);
        }
        this.scoreNames = List.copyOf(names);
    }

    /** Includes whether factors are sector-neutral. */
    @Override
    public String cacheId() {
        return UniverseScorer.super.cacheId() + (sectorNeutral ? ":sectorNeutral" : "");
    }

    @Override
    public List<String> scoreNames() {
        return scoreNames;
    }

    @Override
    public List<String> factorNames() {
        return FACTORS;
    }

    /** Component weights (techRating, alpha, quality, ics, rsRank) before renormalisation. */
    public static double[] weights(Profile profile, Regime.Name regime) {
        double[] w = switch (profile) {
            case CONSERVATIVE -> new double[] {0.25, 0.15, 0.25, 0.25, 0.10};
            case BALANCED -> new double[] {0.30, 0.20, 0.15, 0.15, 0.20};
            case AGGRESSIVE -> new double[] {0.30, 0.25, 0.05, 0.05, 0.35};
        };
        double[] m = switch (regime) {
            case BULL_QUIET -> new double[] {1.1, 1, 1, 1, 1.2};
            case BULL_VOLATILE -> new double[] {1, 1, 1.2, 1.1, 1};
            case BEAR_QUIET -> new double[] {1, 1, 1.3, 1.3, 0.8};
            case BEAR_VOLATILE -> new double[] {0.8, 1, 1.4, 1.4, 0.7};
            case NEUTRAL, UNKNOWN -> new double[] {1, 1, 1, 1, 1};
        };
        for (int i = 0; i < w.length; i++) {
            w[i] *= m[i];
        }
        return w;
    }

    /** Points of MERIT taken per point of risk (0–100): at most a quarter of the scale. */
    public static double riskLambda(Profile profile, Regime.Name regime) {
        double base = switch (profile) {
            case CONSERVATIVE -> 0.25;
            case BALANCED -> 0.15;
            case AGGRESSIVE -> 0.08;
        };
        return regime == Regime.Name.BULL_VOLATILE || regime == Regime.Name.BEAR_VOLATILE ? base * 1.5 : base;
    }

    @Override
    public Output score(Input in) {
        return score(in, null);
    }

    /**
     * As {@link #score(Input)}, with the factor z-scores, five of the percentile columns and the
     * second half of the rows' MERIT on {@code helper} (each a pure function of the input, written to its own slots), so the
     * output is the same bit for bit; the RANK stage runs once per scan on one thread otherwise.
     *
     * @param helper runs the concurrent parts, or null to run everything on the caller
     */
    @Override
    public Output score(Input in, Executor helper) {
        int n = in.rows();
        List<SymbolInfo> infos = in.infos();
        double[] cap = new double[n];
        for (int i = 0; i < n; i++) {
            double c = infos.get(i).marketCap();
            cap[i] = c > 0 ? Math.log(c) : Double.NaN;
        }
        // about half the cross-sectional columns, and the factors, on the helper
        Supplier<double[][]> part = () -> new double[][] {
            CrossSection.percentile(in.feature(REALIZED_VOL_63)),
            CrossSection.percentile(in.feature(CMF_20)),
            CrossSection.percentile(in.feature(OBV_SLOPE_20)),
            CrossSection.percentile(in.feature(IDIO_VOL_252)),
            CrossSection.percentile(in.feature(ATR_PCT)),
            factors(in, n, cap),
        };
        CompletableFuture<double[][]> helped = helper == null ? null : CompletableFuture.supplyAsync(part, helper);
        double[] rs = CrossSection.percentile(combine(n, 0.4, in.feature(RET_63), 0.2, in.feature(RET_126),
                0.2, in.feature(RET_252), 0.2, in.feature(RET_21)));

        double[] r2 = CrossSection.percentile(in.feature(LINREG_R2_50));
        double[] dd = CrossSection.percentile(in.feature(MAX_DRAWDOWN_252));
        double[] vov = CrossSection.percentile(in.feature(VOL_OF_VOL_252));
        double[] roe = CrossSection.percentile(fundamental(infos, 0));
        double[] margin = CrossSection.percentile(fundamental(infos, 1));
        double[] debt = CrossSection.percentile(fundamental(infos, 2));

        double[] liquidity = CrossSection.percentile(in.feature(DOLLAR_VOLUME_20));
        double[] size = CrossSection.percentile(cap);

        double[] tech = in.rowScore(TechRating.TECH_RATING);
        double[][] alphaPct = new double[alphaModels.size()][];
        for (int k = 0; k < alphaPct.length; k++) {
            alphaPct[k] = CrossSection.percentile(in.rowScore(alphaModels.get(k) + FORECAST));
        }
        double[] alpha = alphaPct.length == 0 ? in.rowScore(ALPHA) : new double[n];
        if (alphaPct.length > 0) {
            double[] v = new double[alphaPct.length];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < v.length; k++) {
                    v[k] = alphaPct[k][i];
                }
                alpha[i] = mean(v);
            }
        }
        Regime.Name regime = in.regime().name();
        double[] w = weights(in.profile(), regime);
        double lambda = riskLambda(in.profile(), regime);
        double[][] p = helped == null ? part.get() : join(helped);
        double[] calm = p[0];
        double[] cmf = p[1];
        double[] obv = p[2];
        double[] idio = p[3];
        double[] atr = p[4];

        int nScores = scoreNames.size();
        double[] scores = new double[n * nScores];
        @SuppressWarnings("unchecked")
        List<Contribution>[] contributions = new List[n];
        Rows rows = new Rows(tech, alpha, alphaPct, rs, r2, dd, vov, roe, margin, debt, liquidity, size, calm, cmf,
                obv, idio, atr, w, lambda, nScores, scores, contributions);
        int half = helper == null ? n : n / 2;
        CompletableFuture<Void> second = helper == null || half == n ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> rows.compute(half, n), helper);
        rows.compute(0, half);
        join(second);
        return new Output(scores, p[5], Arrays.asList(contributions));
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The per-row part of MERIT over the cross-sectional columns; row {@code i} writes only its own slots. */
    private record Rows(double[] tech, double[] alpha, double[][] alphaPct, double[] rs, double[] r2, double[] dd,
                        double[] vov, double[] roe, double[] margin, double[] debt, double[] liquidity, double[] size,
                        double[] calm, double[] cmf, double[] obv, double[] idio, double[] atr, double[] w,
                        double lambda, int nScores, double[] scores, List<Contribution>[] contributions) {

        void compute(int from, int to) {
            for (int i = from; i < to; i++) {
                double technical = mean(r2[i], 100 - dd[i], 100 - vov[i]);
                double fundamentals = mean(roe[i], margin[i], 100 - debt[i]);
                double quality = Double.isNaN(fundamentals) ? technical : 0.5 * technical + 0.5 * fundamentals;
                double ics = weightedMean(new double[] {liquidity[i], size[i], 100 - calm[i], mean(cmf[i], obv[i]),
                        100 - idio[i]}, new double[] {0.30, 0.20, 0.20, 0.15, 0.15});
                double risk = weightedMean(new double[] {atr[i], dd[i]}, new double[] {0.6, 0.4});

                double[] comp = {tech[i], alpha[i], quality, ics, rs[i]};
                double wsum = 0;
                for (int k = 0; k < comp.length; k++) {
                    if (Double.isFinite(comp[k])) {
                        wsum += w[k];
                    }
                }
                List<Contribution> terms = new ArrayList<>(comp.length + 1);
                double merit = 0;
                for (int k = 0; k < comp.length; k++) {
                    if (Double.isFinite(comp[k])) {
                        double wk = w[k] / wsum;
                        merit += wk * comp[k];
                        terms.add(new Contribution(COMPONENTS.get(k), wk, comp[k], wk * comp[k]));
                    }
                }
                double penalty = Double.isFinite(risk) ? lambda * risk : 0;
                terms.add(new Contribution("riskPenalty", -lambda, risk, -penalty));
                terms.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.points())));
                contributions[i] = List.copyOf(terms);
                merit = Math.max(0, Math.min(100, merit - penalty));

                int o = i * nScores;
                scores[o] = merit;
                scores[o + 1] = quality;
                scores[o + 2] = ics;
                scores[o + 3] = rs[i];
                scores[o + 4] = risk;
                if (alphaPct.length > 0) {
                    scores[o + N_BASE] = alpha[i];
                    for (int k = 0; k < alphaPct.length; k++) {
                        scores[o + N_BASE + 1 + k] = alphaPct[k][i];
                    }
                }
            }
        }
    }

    private double[] factors(Input in, int n, double[] logCap) {
        List<SymbolInfo> infos = in.infos();
        String[] sectors = null;
        if (sectorNeutral) {
            sectors = new String[n];
            for (int i = 0; i < n; i++) {
                sectors[i] = infos.get(i).sector();
            }
        }
        double[] earningsYield = new double[n];
        double[] roe = fundamental(infos, 0);
        double[] growth = new double[n];
        for (int i = 0; i < n; i++) {
            double pe = infos.get(i).fundamentals().pe();
            earningsYield[i] = pe > 0 ? 1 / pe : Double.NaN;
            growth[i] = infos.get(i).fundamentals().revenueGrowth();
        }
        double[][] cols = {
            CrossSection.zScore(in.feature(MOM_12_1), sectors),
            CrossSection.zScore(negate(in.feature(RET_21)), sectors),
            CrossSection.zScore(negate(in.feature(REALIZED_VOL_63)), sectors),
            CrossSection.zScore(in.feature(BETA_252), sectors),
            CrossSection.zScore(logCap, sectors),
            CrossSection.zScore(earningsYield, sectors),
            CrossSection.zScore(roe, sectors),
            CrossSection.zScore(growth, sectors),
        };
        double[] out = new double[n * cols.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < cols.length; k++) {
                out[i * cols.length + k] = cols[k][i];
            }
        }
        return out;
    }

    /** Field 0 ROE, 1 net margin, 2 debt/equity of each symbol's fundamentals (NaN when unknown). */
    private static double[] fundamental(List<SymbolInfo> infos, int field) {
        double[] out = new double[infos.size()];
        for (int i = 0; i < out.length; i++) {
            var f = infos.get(i).fundamentals();
            out[i] = switch (field) {
                case 0 -> f.roe();
                case 1 -> f.netMargin();
                default -> f.debtToEquity();
            };
        }
        return out;
    }

    private static double[] combine(int n, double wa, double[] a, double wb, double[] b, double wc, double[] c,
                                    double wd, double[] d) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = wa * a[i] + wb * b[i] + wc * c[i] + wd * d[i];
        }
        return out;
    }

    private static double[] negate(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = -x[i];
        }
        return out;
    }

    /** Mean of the finite values, NaN when none. */
    static double mean(double... v) {
        double s = 0;
        int k = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                s += x;
                k++;
            }
        }
        return k == 0 ? Double.NaN : s / k;
    }

    /** Weighted mean over the finite values, weights renormalised; NaN when none. */
    static double weightedMean(double[] v, double[] w) {
        double s = 0;
        double ws = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i])) {
                s += w[i] * v[i];
                ws += w[i];
            }
        }
        return ws == 0 ? Double.NaN : s / ws;
    }
}
