package io.technic.scanner.feature;

import io.technic.scanner.model.FeatureSchema;
import java.util.List;

/**
 * Names of the standard feature row (schema v2), in column order. Units: prices in the
 * symbol's currency; names ending in {@code Pct} are percent; {@code dist*}, {@code pxVs*},
 * {@code ret*}, {@code rs*} and slopes are fractions (0.05 = 5 %).
 */
public final class Features {

    private Features() {}

    public static final String CLOSE = "close";
    public static final String VOLUME = "volume";
    public static final String DOLLAR_VOLUME_20 = "dollarVolume20";
    public static final String SMA_20 = "sma20";
    public static final String SMA_50 = "sma50";
    public static final String SMA_200 = "sma200";
    public static final String EMA_12 = "ema12";
    public static final String EMA_26 = "ema26";
    public static final String PX_VS_SMA_20 = "pxVsSma20";
    public static final String PX_VS_SMA_50 = "pxVsSma50";
    public static final String PX_VS_SMA_200 = "pxVsSma200";
    public static final String SMA_50_VS_200 = "sma50VsSma200";
    public static final String RSI_14 = "rsi14";
    public static final String MACD = "macd";
    public static final String MACD_SIGNAL = "macdSignal";
    public static final String MACD_HIST = "macdHist";
    public static final String ATR_14 = "atr14";
    public static final String ATR_PCT = "atrPct";
    public static final String BB_UPPER = "bbUpper";
    public static final String BB_LOWER = "bbLower";
    public static final String BB_PCT_B = "bbPctB";
    public static final String BB_BANDWIDTH = "bbBandwidth";
    public static final String STOCH_K = "stochK";
    public static final String STOCH_D = "stochD";
    public static final String ADX_14 = "adx14";
    public static final String PLUS_DI_14 = "plusDi14";
    public static final String MINUS_DI_14 = "minusDi14";
    public static final String CCI_20 = "cci20";
    public static final String WILLR_14 = "willr14";
    public static final String ROC_10 = "roc10";
    public static final String OBV = "obv";
    public static final String OBV_SLOPE_20 = "obvSlope20";
    public static final String MFI_14 = "mfi14";
    public static final String KELTNER_UPPER = "keltnerUpper";
    public static final String KELTNER_LOWER = "keltnerLower";
    public static final String KELTNER_POS = "keltnerPos";
    public static final String DONCHIAN_UPPER = "donchianUpper";
    public static final String DONCHIAN_LOWER = "donchianLower";
    public static final String DONCHIAN_POS = "donchianPos";
    public static final String AROON_UP = "aroonUp";
    public static final String AROON_DOWN = "aroonDown";
    public static final String AROON_OSC = "aroonOsc";
    public static final String CMF_20 = "cmf20";
    public static final String DIST_52W_HIGH = "dist52wHigh";
    public static final String DIST_52W_LOW = "dist52wLow";
    public static final String VWAP_20 = "vwap20";
    public static final String VWAP_DIST_20 = "vwapDist20";
    public static final String SUPERTREND = "supertrend";
    public static final String SUPERTREND_DIR = "supertrendDir";
    public static final String SAR = "sar";
    public static final String SAR_DIST = "sarDist";
    public static final String ICH_TENKAN = "ichTenkan";
    public static final String ICH_KIJUN = "ichKijun";
    public static final String ICH_SENKOU_A = "ichSenkouA";
    public static final String ICH_SENKOU_B = "ichSenkouB";
    public static final String ICH_CLOUD_DIST = "ichCloudDist";
    public static final String REALIZED_VOL_20 = "realizedVol20";
    public static final String REL_VOLUME_20 = "relVolume20";
    public static final String GAP_PCT = "gapPct";
    public static final String RS_INDEX_63 = "rsIndex63";
    public static final String LINREG_SLOPE_50 = "linRegSlope50";
    public static final String LINREG_R2_50 = "linRegR2_50";
    public static final String RET_21 = "ret21";
    public static final String RET_63 = "ret63";
    public static final String RET_126 = "ret126";
    public static final String RET_252 = "ret252";
    /** 12-1 momentum: the return from 252 to 21 bars ago (skips the last month). */
    public static final String MOM_12_1 = "mom12_1";
    public static final String MAX_DRAWDOWN_252 = "maxDrawdown252";
    public static final String REALIZED_VOL_63 = "realizedVol63";
    /** Volatility of volatility: std/mean of twelve 20-day realized vols, 21 bars apart, over the last year. */
    public static final String VOL_OF_VOL_252 = "volOfVol252";
    /** Beta to the index over 252 daily log returns (needs an index). */
    public static final String BETA_252 = "beta252";
    /** Idiosyncratic volatility vs the index, annualized fraction (needs an index). */
    public static final String IDIO_VOL_252 = "idioVol252";

    /** Every name, in column order. */
    public static final List<String> ALL = List.of(
            CLOSE, VOLUME, DOLLAR_VOLUME_20, SMA_20, SMA_50, SMA_200, EMA_12, EMA_26,
            PX_VS_SMA_20, PX_VS_SMA_50, PX_VS_SMA_200, SMA_50_VS_200, RSI_14, MACD, MACD_SIGNAL, MACD_HIST,
            ATR_14, ATR_PCT, BB_UPPER, BB_LOWER, BB_PCT_B, BB_BANDWIDTH, STOCH_K, STOCH_D,
            ADX_14, PLUS_DI_14, MINUS_DI_14, CCI_20, WILLR_14, ROC_10, OBV, OBV_SLOPE_20, MFI_14,
            KELTNER_UPPER, KELTNER_LOWER, KELTNER_POS, DONCHIAN_UPPER, DONCHIAN_LOWER, DONCHIAN_POS,
            AROON_UP, AROON_DOWN, AROON_OSC, CMF_20, DIST_52W_HIGH, DIST_52W_LOW, VWAP_20, VWAP_DIST_20,
            SUPERTREND, SUPERTREND_DIR, SAR, SAR_DIST, ICH_TENKAN, ICH_KIJUN, ICH_SENKOU_A, ICH_SENKOU_B,
            ICH_CLOUD_DIST, REALIZED_VOL_20, REL_VOLUME_20, GAP_PCT, RS_INDEX_63, LINREG_SLOPE_50, LINREG_R2_50,
            RET_21, RET_63, RET_126, RET_252, MOM_12_1, MAX_DRAWDOWN_252, REALIZED_VOL_63, VOL_OF_VOL_252,
            BETA_252, IDIO_VOL_252);

    /** The schema of {@link #ALL}. */
    public static final FeatureSchema SCHEMA = new FeatureSchema(ALL);
}
