package io.technic.scanner.indicator;

import static io.technic.scanner.indicator.TaLibReference.TA;
import static io.technic.scanner.indicator.TaLibReference.assertSeriesClose;
import static io.technic.scanner.indicator.TaLibReference.reference1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MfiTest {

    @ParameterizedTest
    @ValueSource(ints = {14, 2, 50})
    void mfiMatchesTaLibOnRealData(int period) {
        assertThat(Mfi.lookback(period)).isEqualTo(TA.mfiLookback(period));
        TaLibReference.forEachSymbol(s -> {
            int n = s.size();
            double[] expected = reference1(n, Mfi.lookback(period), (beg, nb, out) ->
                    TA.mfi(0, n - 1, s.high(), s.low(), s.close(), s.volume(), period, beg, nb, out[0]));
            double[] out = new double[n];
            Mfi.compute(s.high(), s.low(), s.close(), s.volume(), 0, n, period, out);
            assertSeriesClose(s.symbol() + " MFI" + period, expected, out);
        });
    }

    @Test
    void realDataHasZeroVolumeBarsForMfiToHandle() {
        AtomicInteger zeroVolumeBars = new AtomicInteger();
        TaLibReference.forEachSymbol(s -> {
            for (double v : s.volume()) {
                if (v == 0) {
                    zeroVolumeBars.incrementAndGet();
                }
            }
        });
        assertThat(zeroVolumeBars.get()).as("zero-volume bars exercised by mfiMatchesTaLibOnRealData").isPositive();
    }

    @Test
    void mfiTouchesOnlyItsRange() {
        KernelRangeContract.assertContract((in, from, to, out) ->
                Mfi.compute(in[1], in[2], in[3], in[4], from, to, 14, out[0]),
                KernelRangeContract.synthetic(200, 42), Mfi.lookback(14));
    }

    @Test
    void mfiIsHundredOnRisingPricesAndZeroWithoutVolume() {
        int n = 30;
        double[] price = new double[n];
        for (int i = 0; i < n; i++) {
            price[i] = 10 + i;
        }
        double[] out = new double[n];
        Mfi.compute(price, price, price, KernelRangeContract.constant(n, 1000), 0, n, 14, out);
        assertThat(out[29]).isEqualTo(100.0);
        assertThat(out[13]).isNaN();
        Mfi.compute(price, price, price, KernelRangeContract.constant(n, 0), 0, n, 14, out);
        assertThat(out[29]).isZero();
    }

    @Test
    void mfiRejectsPeriodBelowTwo() {
        double[] a = new double[5];
        assertThatIllegalArgumentException().isThrownBy(() -> Mfi.compute(a, a, a, a, 0, 5, 1, a));
    }
}
