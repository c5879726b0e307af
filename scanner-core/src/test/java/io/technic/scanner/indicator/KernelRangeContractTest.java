package io.technic.scanner.indicator;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.indicator.KernelRangeContract.Kernel;
import org.junit.jupiter.api.Test;

/** The contract checks pass a kernel that keeps the convention and catch each way of breaking it. */
class KernelRangeContractTest {

    private static final double[][] IN = KernelRangeContract.synthetic(120, 42);

    /** The close's change: lookback 1. */
    private static final Kernel CHANGE = (in, from, to, out) -> {
        for (int i = from; i < to; i++) {
            out[0][i] = i == from ? Double.NaN : in[3][i] - in[3][i - 1];
        }
    };

    @Test
    void aKernelKeepingTheConventionPasses() {
        KernelRangeContract.assertContract(CHANGE, IN, 1);
    }

    @Test
    void writingOutsideTheRangeIsCaught() {
        Kernel spills = (in, from, to, out) -> {
            CHANGE.compute(in, from, to, out);
            if (to < out[0].length) {
                out[0][to] = 0;
            }
        };
        assertThatThrownBy(() -> KernelRangeContract.assertTouchesOnlyItsRange(spills, IN, 1))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void readingBeforeTheRangeIsCaught() {
        Kernel peeks = (in, from, to, out) -> {
            for (int i = from; i < to; i++) {
                out[0][i] = i == 0 ? Double.NaN : in[3][i] - in[3][i - 1];
            }
        };
        assertThatThrownBy(() -> KernelRangeContract.assertTouchesOnlyItsRange(peeks, IN, 1))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aWarmUpLongerOrShorterThanTheLookbackIsCaught() {
        assertThatThrownBy(() -> KernelRangeContract.assertWarmUp(CHANGE, IN, 0)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> KernelRangeContract.assertWarmUp(CHANGE, IN, 2)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aWarmUpThatOnlyShortRangesKeepIsCaught() {
        Kernel longRangesStartAtOnce = (in, from, to, out) -> {
            CHANGE.compute(in, from, to, out);
            if (to - from > 5) {
                out[0][from] = 0;
            }
        };
        assertThatThrownBy(() -> KernelRangeContract.assertWarmUp(longRangesStartAtOnce, IN, 1))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void lookingAheadIsCaught() {
        Kernel toTheLastBar = (in, from, to, out) -> {
            for (int i = from; i < to; i++) {
                out[0][i] = in[3][to - 1] - in[3][i];
            }
        };
        assertThatThrownBy(() -> KernelRangeContract.assertCausal(toTheLastBar, IN, 1))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void anOutputWithoutFiniteValuesProvesNothingAndIsRejected() {
        Kernel allNaN = (in, from, to, out) -> {
            for (int i = from; i < to; i++) {
                out[0][i] = Double.NaN;
            }
        };
        assertThatThrownBy(() -> KernelRangeContract.assertTouchesOnlyItsRange(allNaN, IN, 1))
                .isInstanceOf(AssertionError.class);
    }
}
