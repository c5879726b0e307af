package io.technic.scanner.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.exec.Offload;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.ml.AlphaModel;
import io.technic.scanner.ml.XgboostAlphaModel;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A real engine (features, TechRating, MERIT, the shipped alpha models) over simulated markets. */
public final class CacheFixtures {

    private static final Map<Integer, Market> MARKETS = new ConcurrentHashMap<>();
    private static List<AlphaModel> models;

    private CacheFixtures() {}

    /** The simulated market of {@code symbols} symbols × 400 bars (seed 42), built once. */
    public static Market market(int symbols) {
        return MARKETS.computeIfAbsent(symbols,
                n -> new SimulatedMarket(new SimulationSpec(42, n, 400, SimulationSpec.DEFAULT_END)).load());
    }

    public static synchronized List<AlphaModel> models() {
        if (models == null) {
            models = XgboostAlphaModel.shipped();
        }
        return models;
    }

    /** A scanner over {@code market} with the standard engine, the cache and the offload (may be null). */
    public static Scanner scanner(Market market, ScanCache cache, Offload offload) {
        List<AlphaModel> m = models();
        return new Scanner(s -> market, new TechnicalFeatures(), new TechRating(),
                new Merit(false, m.stream().map(AlphaModel::name).toList()), m, cache, offload);
    }

    /** Asserts two results hold the same rows, lists and values, bit for bit (metrics aside). */
    public static void assertSameResult(ScanResult a, ScanResult b) {
        assertThat(b.accounting()).isEqualTo(a.accounting());
        assertThat(b.asOf()).isEqualTo(a.asOf());
        assertThat(b.dataVersion()).isEqualTo(a.dataVersion());
        assertThat(b.regime()).isEqualTo(a.regime());
        assertThat(b.filtered()).isEqualTo(a.filtered());
        assertThat(b.skipped()).isEqualTo(a.skipped());
        assertThat(b.rows()).hasSameSizeAs(a.rows());
        for (int i = 0; i < a.rows().size(); i++) {
            ScanRow x = a.rows().get(i);
            ScanRow y = b.rows().get(i);
            assertThat(y.symbol()).isEqualTo(x.symbol());
            assertThat(y.rank()).isEqualTo(x.rank());
            assertThat(y.info()).isEqualTo(x.info());
            assertThat(Double.doubleToRawLongBits(y.score())).as(x.symbol() + " score")
                    .isEqualTo(Double.doubleToRawLongBits(x.score()));
            assertThat(bits(y.features())).as(x.symbol() + " features").isEqualTo(bits(x.features()));
            assertThat(y.scores()).as(x.symbol() + " scores").isEqualTo(x.scores());
            assertThat(y.factors()).as(x.symbol() + " factors").isEqualTo(x.factors());
            assertThat(y.forecasts()).as(x.symbol() + " forecasts").isEqualTo(x.forecasts());
            assertThat(y.contributions()).as(x.symbol() + " contributions").isEqualTo(x.contributions());
        }
    }

    private static long[] bits(double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.doubleToRawLongBits(v[i]);
        }
        return out;
    }
}
