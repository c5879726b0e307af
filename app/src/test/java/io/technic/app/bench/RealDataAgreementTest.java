package io.technic.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import io.technic.scanner.testdata.RealData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two anchors on real bars (gaps, flat bars, zero volume): same values, so same work. */
class RealDataAgreementTest {

    @Test
    void anchorsAgreeOnRealBarsExceptParabolicSarReversals() {
        if (!RealData.isFullDataSet()) {
            System.out.println("[real-data] ../shared/data absent: anchorsAgreeOnRealBarsExceptParabolicSarReversals did not run");
        }
        assumeTrue(RealData.isFullDataSet(), "shared real data set not beside the clone");
        Market m = lastBarsOfEvery12thSymbol(500);
        int psar = IndicatorSet.indexOf("psar");
        try (TaLibAnchor taLib = new TaLibAnchor(m, TaLibAnchor.Mode.FULL_SERIES, 1);
             Ta4jAnchor ta4j = new Ta4jAnchor(m, 1)) {
            for (int s = 0; s < m.size(); s++) {
                double[] expected = taLib.lastValues(s);
                double[] actual = ta4j.lastValues(s);
                actual[IndicatorSet.indexOf("obv")] += m.bars().volume()[m.bars().start(s)];
                actual[IndicatorSet.indexOf("bbWidth")] /= 100;
                for (int k = 0; k < expected.length; k++) {
                    String what = m.symbols().get(s).symbol() + " " + IndicatorSet.OUTPUTS.get(k);
                    if (k == psar) {
                        // the libraries resolve some reversals differently (e.g. STZ): only sanity
                        assertThat(actual[k]).as(what).isFinite();
                    } else {
                        assertThat(actual[k]).as(what)
                                .isCloseTo(expected[k], within(1e-9 * Math.max(1, Math.abs(expected[k]))));
                    }
                }
            }
        }
    }

    private static Market lastBarsOfEvery12thSymbol(int bars) {
        var data = RealData.stocks();
        BarColumns all = data.bars();
        BarColumns.Builder b = new BarColumns.Builder(42 * bars);
        List<SymbolInfo> infos = new ArrayList<>();
        for (int s = 0; s < all.symbolCount(); s += 12) {
            for (int i = Math.max(all.start(s), all.end(s) - bars); i < all.end(s); i++) {
                b.add(all.day()[i], all.open()[i], all.high()[i], all.low()[i], all.close()[i], all.volume()[i]);
            }
            b.endSymbol();
            infos.add(SymbolInfo.of(data.symbols().get(s)));
        }
        return new Market("real", "1", infos, b.build(), RealData.index().bars(), List.of());
    }
}
