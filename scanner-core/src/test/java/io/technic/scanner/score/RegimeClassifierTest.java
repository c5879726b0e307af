package io.technic.scanner.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Regime;
import io.technic.scanner.testdata.RealData;
import io.technic.scanner.testdata.TestMarkets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegimeClassifierTest {

    /** An index path: drift per bar, with the noise amplitude switching to {@code lateNoise} for the last 20 bars. */
    private static BarColumns index(int n, double drift, double noise, double lateNoise) {
        int[] days = TestMarkets.weekdays(LocalDate.of(2024, 3, 8), n);
        BarColumns.Builder b = new BarColumns.Builder(n);
        double p = 100;
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            double amp = i >= n - 20 ? lateNoise : noise;
            p *= Math.exp(drift + amp * (rnd.nextDouble() - 0.5));
            b.add(days[i], p, p * 1.01, p * 0.99, p, 1e6);
        }
        return b.endSymbol().build();
    }

    @Test
    void steadyRiseWithCalmEndIsBullQuiet() {
        Regime r = RegimeClassifier.classify(index(600, 0.001, 0.02, 0.002), LocalDate.of(2024, 3, 8));
        assertThat(r.name()).isEqualTo(Regime.Name.BULL_QUIET);
        assertThat(r.volPercentile()).isLessThan(0.1);
    }

    @Test
    void fallWithTurbulentEndIsBearVolatile() {
        Regime r = RegimeClassifier.classify(index(600, -0.001, 0.01, 0.08), LocalDate.of(2024, 3, 8));
        assertThat(r.name()).isEqualTo(Regime.Name.BEAR_VOLATILE);
        assertThat(r.isVolatile()).isTrue();
    }

    @Test
    void missingOrShortIndexIsUnknown() {
        assertThat(RegimeClassifier.classify(null, LocalDate.of(2024, 3, 8))).isEqualTo(Regime.UNKNOWN);
        assertThat(RegimeClassifier.classify(index(100, 0.001, 0.01, 0.01), LocalDate.of(2024, 3, 8)).name())
                .isEqualTo(Regime.Name.UNKNOWN);
    }

    @Test
    void realSpyRegimesMatchKnownEpisodes() {
        BarColumns spy = RealData.index().bars();
        // March 2020: crash below a falling... SMA 200 still rising then, so the COVID crash shows as a
        // volatile transition; late 2022 was a bear market; early 2024 a calm bull market.
        assertThat(RegimeClassifier.classify(spy, LocalDate.of(2022, 10, 14)).name()).isIn(
                Regime.Name.BEAR_VOLATILE, Regime.Name.BEAR_QUIET);
        assertThat(RegimeClassifier.classify(spy, LocalDate.of(2024, 3, 8)).name()).isEqualTo(Regime.Name.BULL_QUIET);
        Regime covid = RegimeClassifier.classify(spy, LocalDate.of(2020, 3, 20));
        assertThat(covid.volPercentile()).isGreaterThan(0.95);
        assertThat(covid.isVolatile() || covid.name() == Regime.Name.NEUTRAL).isTrue();
    }
}
