package io.technic.scanner.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pattern of the registry against TA-Lib's Java port, whole histories of every real-data
 * symbol, exact integer equality.
 */
class PatternsMatchTaLibTest {

    static Stream<Pattern> patterns() {
        return Patterns.all().stream();
    }

    @Test
    void everyRegisteredPatternHasATaLibCounterpart() {
        List<String> missing = new ArrayList<>();
        for (Pattern p : Patterns.all()) {
            if (TaLibCandles.of(p.taLibName()).isEmpty()) {
                missing.add(p.name() + " (" + p.taLibName() + ")");
            }
        }
        assertThat(missing).as("patterns without a TA-Lib function to compare with").isEmpty();
    }

    @Test
    void registryHasUniqueNamesAndTaLibFunctions() {
        assertThat(Patterns.all().stream().map(Pattern::name).distinct().count()).isEqualTo(Patterns.all().size());
        assertThat(Patterns.all().stream().map(Pattern::taLibName).distinct().count())
                .isEqualTo(Patterns.all().size());
        assertThat(Patterns.byName("CDLENGULFING")).contains(Patterns.byName("engulfing").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void patternMatchesTaLibOnRealData(Pattern pattern) {
        TaLibCandles ta = TaLibCandles.of(pattern.taLibName()).orElseThrow();
        assertThat(pattern.lookback()).as(pattern.name() + " lookback").isEqualTo(ta.lookback());
        // The kernel runs on each symbol's range of the whole block (its neighbours are other
        // symbols); TA-Lib on the symbol alone.
        BarColumns all = RealData.stocks().bars();
        List<BarColumns> symbols = slices();
        int[] actual = new int[all.barCount()];
        int fired = 0;
        for (int s = 0; s < symbols.size(); s++) {
            BarColumns b = symbols.get(s);
            int[] expected = ta.run(b.open(), b.high(), b.low(), b.close());
            int from = all.start(s);
            int n = expected.length;
            pattern.compute(all.open(), all.high(), all.low(), all.close(), from, from + n, actual);
            int i = Arrays.mismatch(expected, 0, n, actual, from, from + n);
            if (i >= 0) {
                throw new AssertionError(pattern.name() + " " + RealData.stocks().symbols().get(s) + " bar " + i
                        + ": TA-Lib " + expected[i] + ", kernel " + actual[from + i]);
            }
            for (int v : expected) {
                fired += v != 0 ? 1 : 0;
            }
        }
        if (RealData.isFullDataSet()) {
            assertThat(fired).as(pattern.name() + " fires somewhere in the real data, else the comparison says little")
                    .isPositive();
        }
    }

    @ParameterizedTest(name = "penetration {0}")
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0.0, 0.1, 0.6, 1.5})
    void penetrationPatternsMatchTaLibForOtherPenetrations(double penetration) {
        Map<String, Pattern.Kernel> kernels = Map.of(
                "CDLMORNINGSTAR", (o, h, l, c, f, t, out) -> Stars.morningStar(o, h, l, c, f, t, penetration, out),
                "CDLEVENINGSTAR", (o, h, l, c, f, t, out) -> Stars.eveningStar(o, h, l, c, f, t, penetration, out),
                "CDLMORNINGDOJISTAR",
                (o, h, l, c, f, t, out) -> Stars.morningDojiStar(o, h, l, c, f, t, penetration, out),
                "CDLEVENINGDOJISTAR",
                (o, h, l, c, f, t, out) -> Stars.eveningDojiStar(o, h, l, c, f, t, penetration, out),
                "CDLABANDONEDBABY", (o, h, l, c, f, t, out) -> Stars.abandonedBaby(o, h, l, c, f, t, penetration, out),
                "CDLDARKCLOUDCOVER",
                (o, h, l, c, f, t, out) -> TwoCandles.darkCloudCover(o, h, l, c, f, t, penetration, out),
                "CDLMATHOLD", (o, h, l, c, f, t, out) -> ManyCandles.matHold(o, h, l, c, f, t, penetration, out));
        List<BarColumns> symbols = slices().subList(0, Math.min(60, slices().size()));
        for (var e : kernels.entrySet()) {
            TaLibCandles ta = TaLibCandles.of(e.getKey()).orElseThrow();
            for (BarColumns b : symbols) {
                int[] expected = ta.run(b.open(), b.high(), b.low(), b.close(), penetration);
                int[] actual = new int[expected.length];
                e.getValue().compute(b.open(), b.high(), b.low(), b.close(), 0, expected.length, actual);
                assertThat(actual).as(e.getKey() + " penetration " + penetration).isEqualTo(expected);
            }
        }
    }

    private static volatile List<BarColumns> slices;

    private static List<BarColumns> slices() {
        if (slices == null) {
            BarColumns all = RealData.stocks().bars();
            List<BarColumns> list = new ArrayList<>();
            for (int s = 0; s < all.symbolCount(); s++) {
                list.add(all.slice(s));
            }
            slices = list;
        }
        return slices;
    }
}
