package io.technic.app.bench;

import java.util.ArrayList;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.CCIIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.ParabolicSarIndicator;
import org.ta4j.core.indicators.ROCIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.StochasticOscillatorDIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.WilliamsRIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.adx.MinusDIIndicator;
import org.ta4j.core.indicators.adx.PlusDIIndicator;
import org.ta4j.core.indicators.aroon.AroonOscillatorIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandWidthIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelLowerIndicator;
import org.ta4j.core.indicators.donchian.DonchianChannelUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.helpers.OpenPriceIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuKijunSenIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuSenkouSpanAIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuSenkouSpanBIndicator;
import org.ta4j.core.indicators.ichimoku.IchimokuTenkanSenIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelLowerIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelMiddleIndicator;
import org.ta4j.core.indicators.keltner.KeltnerChannelUpperIndicator;
import org.ta4j.core.indicators.numeric.NumericIndicator;
import org.ta4j.core.indicators.numeric.UnaryOperationIndicator;
import org.ta4j.core.indicators.statistics.CorrelationCoefficientIndicator;
import org.ta4j.core.indicators.statistics.SimpleLinearRegressionIndicator;
import org.ta4j.core.indicators.statistics.SimpleLinearRegressionIndicator.SimpleLinearRegressionType;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.indicators.supertrend.SuperTrendIndicator;
import org.ta4j.core.indicators.volume.ChaikinMoneyFlowIndicator;
import org.ta4j.core.indicators.volume.MoneyFlowIndexIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.indicators.volume.VWAPIndicator;
import org.ta4j.core.num.NaN;
import org.ta4j.core.num.Num;

/**
 * The indicator set for one ta4j series, in {@link IndicatorSet#OUTPUTS} order, built from
 * ta4j's own classes where it has them and shared where a competent user would share them
 * (one SMA20 for SMA and the Bollinger middle, one MACD line for signal and histogram, the
 * Aroon oscillator's own up/down).
 *
 * <p>Composed from ta4j primitives because ta4j has no class for them: NATR (ATR / close x
 * 100); %B as (close - lower) / (upper - lower) over the shared bands (ta4j's
 * {@code PercentBIndicator} exists but rebuilds SMA and deviation); slow %D (SMA 3 of slow %K:
 * ta4j's {@code StochasticOscillatorDIndicator(Indicator)} only wraps); 52-week distances; log
 * returns for realized volatility; relative volume; gap; R² (correlation with
 * {@link BarIndexIndicator}, squared). Relative strength vs the index spans two series, which
 * ta4j indicators cannot; its slot holds the symbol's ROC 63 and {@link Ta4jAnchor} subtracts
 * the index's ROC. Keltner's middle is EMA20 of close (ta4j's default: of typical price);
 * Ichimoku's senkou spans use displacement 1 (values at the bar they are computed for).
 *
 * <p>On random walks and on real bars the last values equal the TA-Lib anchor's to 1e-9
 * relative, except OBV (ta4j starts at 0, TA-Lib at the first volume), bandwidth (ta4j in
 * percent) and Parabolic SAR after some reversals (the libraries resolve them differently).
 */
final class Ta4jIndicators {

    /** Position of the relative-strength output, whose index ROC is subtracted outside. */
    static final int RS_SLOT = IndicatorSet.indexOf("rsVsIndex63");

    private Ta4jIndicators() {}

    static List<Indicator<Num>> of(BarSeries series) {
        List<Indicator<Num>> out = new ArrayList<>(IndicatorSet.OUTPUTS.size());
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        NumericIndicator closeN = NumericIndicator.of(close);

        SMAIndicator sma20 = new SMAIndicator(close, 20);
        out.add(sma20);
        out.add(new SMAIndicator(close, 50));
        out.add(new SMAIndicator(close, 200));
        out.add(new EMAIndicator(close, 12));
        out.add(new EMAIndicator(close, 26));
        out.add(new RSIIndicator(close, 14));

        MACDIndicator macd = new MACDIndicator(close, 12, 26);
        EMAIndicator signal = macd.getSignalLine(9);
        out.add(macd);
        out.add(signal);
        out.add(NumericIndicator.of(macd).minus(signal));

        ATRIndicator atr14 = new ATRIndicator(series, 14);
        out.add(atr14);
        out.add(NumericIndicator.of(atr14).dividedBy(close).multipliedBy(100));

        BollingerBandsMiddleIndicator bbMid = new BollingerBandsMiddleIndicator(sma20);
        StandardDeviationIndicator sd20 = new StandardDeviationIndicator(close, 20);
        Num two = series.numFactory().two();
        BollingerBandsUpperIndicator bbUp = new BollingerBandsUpperIndicator(bbMid, sd20, two);
        BollingerBandsLowerIndicator bbLow = new BollingerBandsLowerIndicator(bbMid, sd20, two);
        out.add(bbUp);
        out.add(bbMid);
        out.add(bbLow);
        out.add(closeN.minus(bbLow).dividedBy(NumericIndicator.of(bbUp).minus(bbLow)));
        out.add(new BollingerBandWidthIndicator(bbUp, bbMid, bbLow));

        StochasticOscillatorKIndicator fastK = new StochasticOscillatorKIndicator(series, 14);
        StochasticOscillatorDIndicator slowK = new StochasticOscillatorDIndicator(fastK);
        out.add(slowK);
        // ta4j's D(Indicator) constructor wraps an already smoothed line; slow %D is SMA3 of slow %K
        out.add(new SMAIndicator(slowK, 3));

        out.add(new ADXIndicator(series, 14));
        out.add(new PlusDIIndicator(series, 14));
        out.add(new MinusDIIndicator(series, 14));
        out.add(new CCIIndicator(series, 20));
        out.add(new WilliamsRIndicator(series, 14));
        out.add(new ROCIndicator(close, 10));
        out.add(new OnBalanceVolumeIndicator(series));
        out.add(new MoneyFlowIndexIndicator(series, 14));

        // Keltner on EMA20 of close (ta4j's default middle is EMA of typical price)
        KeltnerChannelMiddleIndicator kMid = new KeltnerChannelMiddleIndicator(close, 20);
        ATRIndicator atr10 = new ATRIndicator(series, 10);
        out.add(kMid);
        out.add(new KeltnerChannelUpperIndicator(kMid, atr10, 2.0));
        out.add(new KeltnerChannelLowerIndicator(kMid, atr10, 2.0));

        out.add(new DonchianChannelUpperIndicator(series, 20));
        out.add(new DonchianChannelLowerIndicator(series, 20));

        AroonOscillatorIndicator aroon = new AroonOscillatorIndicator(series, 25);
        out.add(aroon.getAroonUpIndicator());
        out.add(aroon.getAroonDownIndicator());
        out.add(aroon);

        out.add(new ChaikinMoneyFlowIndicator(series, 20));

        HighestValueIndicator high252 = new HighestValueIndicator(new HighPriceIndicator(series), 252);
        LowestValueIndicator low252 = new LowestValueIndicator(new LowPriceIndicator(series), 252);
        out.add(high252);
        out.add(low252);
        out.add(closeN.dividedBy(high252).minus(1));
        out.add(closeN.dividedBy(low252).minus(1));

        out.add(new VWAPIndicator(series, 20));
        out.add(new SuperTrendIndicator(series, 10, 3.0));
        out.add(new ParabolicSarIndicator(series, series.numFactory().numOf(0.02),
                series.numFactory().numOf(0.2), series.numFactory().numOf(0.02)));

        // Ichimoku with displacement 1: senkou spans at the bar they are computed for
        IchimokuTenkanSenIndicator tenkan = new IchimokuTenkanSenIndicator(series, 9);
        IchimokuKijunSenIndicator kijun = new IchimokuKijunSenIndicator(series, 26);
        out.add(tenkan);
        out.add(kijun);
        out.add(new IchimokuSenkouSpanAIndicator(series, tenkan, kijun, 1));
        out.add(new IchimokuSenkouSpanBIndicator(series, 52, 1));

        // the first bar has no return: ta4j yields NaN there, and its running window sums would
        // carry that NaN forward, so it is substituted by 0 (TA-Lib's window simply starts later)
        Indicator<Num> logReturn = UnaryOperationIndicator.substitute(
                UnaryOperationIndicator.log(closeN.dividedBy(closeN.previous())), NaN.NaN,
                series.numFactory().zero());
        out.add(NumericIndicator.of(new StandardDeviationIndicator(logReturn, 20))
                .multipliedBy(Math.sqrt(IndicatorSet.TRADING_DAYS)));

        NumericIndicator volume = NumericIndicator.volume(series);
        out.add(volume.dividedBy(volume.sma(20)));
        out.add(NumericIndicator.of(new OpenPriceIndicator(series)).dividedBy(closeN.previous()).minus(1));
        out.add(new ROCIndicator(close, 63));

        out.add(new SimpleLinearRegressionIndicator(close, 50, SimpleLinearRegressionType.SLOPE));
        out.add(NumericIndicator.of(new CorrelationCoefficientIndicator(new BarIndexIndicator(series), close, 50))
                .squared());

        if (out.size() != IndicatorSet.OUTPUTS.size()) {
            throw new IllegalStateException("ta4j set has " + out.size() + " outputs");
        }
        return out;
    }
}
