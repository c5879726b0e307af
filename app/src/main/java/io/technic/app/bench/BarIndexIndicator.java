package io.technic.app.bench;

import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.AbstractIndicator;
import org.ta4j.core.num.Num;

/**
 * The bar's index as a ta4j value, the x of a regression against time. ta4j has none; R² over
 * 50 bars is its {@code CorrelationCoefficientIndicator} of close against this, squared.
 */
final class BarIndexIndicator extends AbstractIndicator<Num> {

    BarIndexIndicator(BarSeries series) {
        super(series);
    }

    @Override
    public Num getValue(int index) {
        return getBarSeries().numFactory().numOf(index);
    }

    @Override
    public int getCountOfUnstableBars() {
        return 0;
    }
}
