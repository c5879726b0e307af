package io.technic.scanner.expr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in scan templates, written in the scan language. Units follow the features of
 * {@code technic inspect}: returns, distances and volatilities are fractions (0.05 = 5 %), ROC
 * and RSI are in percent and points, scores are 0–100.
 */
public final class Templates {

    private static final List<Template> BUILT_IN = List.of(
            t("oversold_in_uptrend", "RSI(14) under 30 while price holds above its 200-day average",
                    "close > sma(200) and rsi(14) < 30", "merit"),
            t("oversold_bounce", "RSI(14) crossed back above 30 in the last 2 bars",
                    "crosses_above(rsi(14), 30) within 2 bars", "rvol(20)"),
            t("breakout_52w_on_volume", "New 52-week closing high on at least 1.5x the 20-day average volume",
                    "new_high_on_volume > 0", "rvol(20)"),
            t("near_52w_high", "Within 3 % of the 52-week high, RSI not yet overbought",
                    "dist52wHigh > -0.03 and rsi(14) < 70", "rsRank"),
            t("golden_cross", "SMA 50 crossed above SMA 200 in the last 5 bars",
                    "crosses_above(sma(50), sma(200)) within 5 bars", "merit"),
            t("death_cross", "SMA 50 crossed below SMA 200 in the last 5 bars",
                    "crosses_below(sma(50), sma(200)) within 5 bars", "merit asc"),
            t("bollinger_squeeze_release", "Bollinger bandwidth at a 6-month low, then a close outside the bands",
                    "squeeze_release != 0 within 3 bars", "rvol(20)"),
            t("macd_bull_cross_above_zero", "MACD crossed above its signal line in the last 3 bars, both above zero",
                    "crosses_above(ema(12) - ema(26), ema(ema(12) - ema(26), 9)) within 3 bars"
                            + " and ema(12) - ema(26) > 0", "merit"),
            t("pullback_to_rising_sma50", "A dip to within 1 % of a rising SMA 50 that closed back above it",
                    "sma(50) > sma(50)[10] and low <= sma(50) * 1.01 and close > sma(50)", "merit"),
            t("high_rs_leaders", "Relative-strength rank 90+ and above the 50-day average",
                    "rsRank >= 90 and close > sma(50)", "rsRank"),
            t("low_vol_quality", "Quality 70+ with annualised 63-day volatility under 25 %",
                    "quality >= 70 and realizedVol63 < 0.25", "quality"),
            t("top_merit", "MERIT 60+, the composite's top tier (a few percent of the market)", "merit >= 60", "merit"),
            t("momentum_12_1", "12-1 month momentum over 20 % above the 200-day average",
                    "mom12_1 > 0.2 and close > sma(200)", "mom12_1"),
            t("strong_trend", "ADX(14) over 25 with +DI above -DI, price above SMA 50",
                    "adx14 > 25 and plusDi14 > minusDi14 and close > sma(50)", "adx14"),
            t("unusual_volume_up_day", "Volume over 3x its 20-day average on an up day",
                    "rvol(20) > 3 and close > open", "rvol(20)"),
            t("bullish_engulfing_in_uptrend", "Bullish engulfing candle in the last 3 bars above SMA 200",
                    "engulfing > 0 within 3 bars and close > sma(200)", "merit"),
            t("hammer_after_decline", "Hammer after a 10-day decline of more than 5 %",
                    "hammer > 0 within 2 bars and roc(10) < -5", "rvol(20)"),
            t("donchian_breakout", "Close above the prior 20-day Donchian channel", "donchian_breakout > 0",
                    "rvol(20)"),
            t("inside_bar_breakout", "Close above the high of an inside bar", "inside_bar_breakout > 0", "merit"),
            t("alpha_picks", "Positive Alpha 5d forecast with MERIT above 50", "alpha5d > 0 and merit > 50",
                    "alpha5d"));

    private static final Map<String, Template> BY_NAME;

    static {
        Map<String, Template> m = new LinkedHashMap<>();
        for (Template x : BUILT_IN) {
            if (m.put(x.name(), x) != null) {
                throw new ExceptionInInitializerError("duplicate built-in template " + x.name());
            }
        }
        BY_NAME = Map.copyOf(m);
    }

    private Templates() {}

    private static Template t(String name, String description, String where, String rankBy) {
        return new Template(name, description, where, rankBy, 0, true);
    }

    /** Every built-in template, in a stable order. */
    public static List<Template> builtIn() {
        return BUILT_IN;
    }

    /** A built-in template by name. */
    public static Optional<Template> builtIn(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
