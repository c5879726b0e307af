package io.technic.scanner.score;

import static io.technic.scanner.feature.Features.ADX_14;
import static io.technic.scanner.feature.Features.ATR_14;
import static io.technic.scanner.feature.Features.ATR_PCT;
import static io.technic.scanner.feature.Features.CMF_20;
import static io.technic.scanner.feature.Features.LINREG_R2_50;
import static io.technic.scanner.feature.Features.LINREG_SLOPE_50;
import static io.technic.scanner.feature.Features.MACD_HIST;
import static io.technic.scanner.feature.Features.MINUS_DI_14;
import static io.technic.scanner.feature.Features.OBV_SLOPE_20;
import static io.technic.scanner.feature.Features.PLUS_DI_14;
import static io.technic.scanner.feature.Features.PX_VS_SMA_20;
import static io.technic.scanner.feature.Features.PX_VS_SMA_200;
import static io.technic.scanner.feature.Features.PX_VS_SMA_50;
import static io.technic.scanner.feature.Features.REALIZED_VOL_20;
import static io.technic.scanner.feature.Features.REL_VOLUME_20;
import static io.technic.scanner.feature.Features.ROC_10;
import static io.technic.scanner.feature.Features.RSI_14;
import static io.technic.scanner.feature.Features.SMA_50_VS_200;

import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.Profile;
import java.util.List;

/**
 * TechRating: a transparent 0–100 technical score, the weighted mean of four sub-scores.
 * Every sub-score is {@code 100 / (1 + e^-x)} of a weighted sum {@code x} of signals, each
 * signal clamped to [-3, 3] so no single input dominates. Price distances are measured in
 * volatility units {@code u = max(ATR%/100, 0.005)} so a 5 % move means more for a utility
 * than for a biotech.
 *
 * <table>
 *   <caption>Signals</caption>
 *   <tr><th>sub-score</th><th>signal</th><th>weight</th></tr>
 *   <tr><td rowspan="5">trend</td><td>(close/SMA50 − 1) / 2u</td><td>0.25</td></tr>
 *   <tr><td>(close/SMA200 − 1) / 4u</td><td>0.25</td></tr>
 *   <tr><td>(SMA50/SMA200 − 1) / 3u</td><td>0.20</td></tr>
 *   <tr><td>(+DI − −DI)/(+DI + −DI) × ADX/20</td><td>0.15</td></tr>
 *   <tr><td>50-bar regression slope × 50 / 2u × R²</td><td>0.15</td></tr>
 *   <tr><td rowspan="3">momentum</td><td>(RSI − 50)/12.5, above RSI 75 reduced by (RSI − 75)/5</td><td>0.40</td></tr>
 *   <tr><td>MACD histogram / (0.5 × ATR)</td><td>0.30</td></tr>
 *   <tr><td>(ROC10/100) / (u × √10)</td><td>0.30</td></tr>
 *   <tr><td rowspan="3">volume</td><td>CMF20 × 5</td><td>0.40</td></tr>
 *   <tr><td>OBV slope 20 (net signed volume / volume) × 3</td><td>0.40</td></tr>
 *   <tr><td>ln(relative volume) × sign(close − SMA20)</td><td>0.20</td></tr>
 *   <tr><td rowspan="2">volatility (high = calm)</td><td>−(ATR% − 2.5)/1.5</td><td>0.50</td></tr>
 *   <tr><td>−(realized vol 20 − 0.35)/0.20</td><td>0.50</td></tr>
 * </table>
 *
 * <p>Profile weights of the sub-scores (trend, momentum, volume, volatility):
 * conservative 0.35/0.20/0.15/0.30, balanced 0.35/0.30/0.20/0.15, aggressive 0.25/0.45/0.20/0.10.
 * A NaN signal counts as 0 (neutral). Thread-safe and stateless.
 */
public final class TechRating implements Scorer {

    public static final String TECH_RATING = "techRating";
    public static final String TREND = "trend";
    public static final String MOMENTUM = "momentum";
    public static final String VOLUME = "volume";
    public static final String VOLATILITY = "volatility";

    private static final List<String> NAMES = List.of(TECH_RATING, TREND, MOMENTUM, VOLUME, VOLATILITY);

    @Override
    public List<String> names() {
        return NAMES;
    }

    /** Sub-score weights (trend, momentum, volume, volatility) of a profile; they sum to 1. */
    public static double[] weights(Profile p) {
        return switch (p) {
            case CONSERVATIVE -> new double[] {0.35, 0.20, 0.15, 0.30};
            case BALANCED -> new double[] {0.35, 0.30, 0.20, 0.15};
            case AGGRESSIVE -> new double[] {0.25, 0.45, 0.20, 0.10};
        };
    }

    @Override
    public void score(double[] row, int o, FeatureSchema schema, Profile profile, double[] out) {
        int[] c = columns(schema);
        double atrPct = row[o + c[K_ATR_PCT]];
        double u = Math.max(Double.isFinite(atrPct) ? atrPct / 100 : 0.02, 0.005);

        double trend = squash(0.25 * sig(row[o + c[K_PX_VS_SMA_50]] / (2 * u))
                + 0.25 * sig(row[o + c[K_PX_VS_SMA_200]] / (4 * u))
                + 0.20 * sig(row[o + c[K_SMA_50_VS_200]] / (3 * u))
                + 0.15 * sig(directional(row[o + c[K_PLUS_DI_14]], row[o + c[K_MINUS_DI_14]],
                        row[o + c[K_ADX_14]]))
                + 0.15 * sig(row[o + c[K_LINREG_SLOPE_50]] * 50 / (2 * u) * row[o + c[K_LINREG_R2_50]]));

        double rsi = row[o + c[K_RSI_14]];
        double rsiSignal = (rsi - 50) / 12.5 - (rsi > 75 ? (rsi - 75) / 5 : 0);
        double momentum = squash(0.40 * sig(rsiSignal)
                + 0.30 * sig(row[o + c[K_MACD_HIST]] / (0.5 * row[o + c[K_ATR_14]]))
                + 0.30 * sig(row[o + c[K_ROC_10]] / 100 / (u * Math.sqrt(10))));

        double relVol = row[o + c[K_REL_VOLUME_20]];
        double volume = squash(0.40 * sig(5 * row[o + c[K_CMF_20]])
                + 0.40 * sig(3 * row[o + c[K_OBV_SLOPE_20]])
                + 0.20 * sig(relVol > 0 ? Math.log(relVol) * Math.signum(row[o + c[K_PX_VS_SMA_20]]) : 0));

        double volatility = squash(0.50 * sig(-(atrPct - 2.5) / 1.5)
                + 0.50 * sig(-(row[o + c[K_REALIZED_VOL_20]] - 0.35) / 0.20));

        double[] w = weights(profile);
        out[0] = w[0] * trend + w[1] * momentum + w[2] * volume + w[3] * volatility;
        out[1] = trend;
        out[2] = momentum;
        out[3] = volume;
        out[4] = volatility;
    }

    private static double directional(double plusDi, double minusDi, double adx) {
        double sum = plusDi + minusDi;
        return sum > 0 ? (plusDi - minusDi) / sum * adx / 20 : 0;
    }

    private static final String[] INPUTS = {
        ATR_PCT, PX_VS_SMA_50, PX_VS_SMA_200, SMA_50_VS_200, PLUS_DI_14, MINUS_DI_14,
        ADX_14, LINREG_SLOPE_50, LINREG_R2_50, RSI_14, MACD_HIST, ATR_14,
        ROC_10, REL_VOLUME_20, CMF_20, OBV_SLOPE_20, PX_VS_SMA_20, REALIZED_VOL_20};
    private static final int K_ATR_PCT = 0;
    private static final int K_PX_VS_SMA_50 = 1;
    private static final int K_PX_VS_SMA_200 = 2;
    private static final int K_SMA_50_VS_200 = 3;
    private static final int K_PLUS_DI_14 = 4;
    private static final int K_MINUS_DI_14 = 5;
    private static final int K_ADX_14 = 6;
    private static final int K_LINREG_SLOPE_50 = 7;
    private static final int K_LINREG_R2_50 = 8;
    private static final int K_RSI_14 = 9;
    private static final int K_MACD_HIST = 10;
    private static final int K_ATR_14 = 11;
    private static final int K_ROC_10 = 12;
    private static final int K_REL_VOLUME_20 = 13;
    private static final int K_CMF_20 = 14;
    private static final int K_OBV_SLOPE_20 = 15;
    private static final int K_PX_VS_SMA_20 = 16;
    private static final int K_REALIZED_VOL_20 = 17;

    /** The input columns of the last schema seen: a scan's rows share one schema, so this runs once. */
    private volatile Columns columns;

    private record Columns(FeatureSchema schema, int[] index) {}

    private int[] columns(FeatureSchema schema) {
        Columns c = columns;
        if (c == null || c.schema() != schema) {
            int[] idx = new int[INPUTS.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = schema.indexOf(INPUTS[i]);
            }
            c = new Columns(schema, idx);
            columns = c;
        }
        return c.index();
    }

    /** A signal clamped to [-3, 3]; NaN (undefined) counts as neutral 0. */
    static double sig(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        return Math.max(-3, Math.min(3, x));
    }

    /** Logistic map of a weighted signal sum onto 0–100 (0 maps to 50). */
    static double squash(double x) {
        return 100 / (1 + Math.exp(-x));
    }
}
