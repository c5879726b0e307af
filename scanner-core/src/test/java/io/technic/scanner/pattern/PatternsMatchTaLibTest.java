package io.technic.scanner.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.testdata.RealData;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
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
        BarColumns all = RealData.stocks().bars();
        List<String> symbols = RealData.stocks().symbols();
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int s = 0; s < all.symbolCount(); s++) {
            BarColumns b = all.slice(s);
            int[] expected = ta.run(b.open(), b.high(), b.low(), b.close());
            int n = expected.length;
            int[] actual = new int[n];
            pattern.compute(b.open(), b.high(), b.low(), b.close(), 0, n, actual);
            for (int i = 0; i < n; i++) {
                if (expected[i] != actual[i]) {
                    throw new AssertionError(pattern.name() + " " + symbols.get(s) + " bar " + i + ": TA-Lib "
                            + expected[i] + ", kernel " + actual[i]);
                }
                if (actual[i] != 0) {
                    counts.merge(actual[i], 1, Integer::sum);
                }
            }
        }
        System.out.println("[pattern] " + pattern.taLibName() + " fired " + counts);
    }
}
