package io.technic.scanner.ml;

import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;

/**
 * Shared, lazily built inputs for the ML tests: a small simulated market (300 symbols, 700
 * sessions, with the simulator's planted weak predictability), its 5-day data set, a short
 * walk-forward config, and a model trained on it. Built once per JVM to keep the suite fast.
 */
final class MlFixtures {

    static final int HORIZON = 5;

    private static Market market;
    private static Dataset dataset;
    private static AlphaTrainer.Result trained;

    private MlFixtures() {}

    static synchronized Market market() {
        if (market == null) {
            market = new SimulatedMarket(new SimulationSpec(42, 300, 700, SimulationSpec.DEFAULT_END)).load();
        }
        return market;
    }

    /** Two 4-month test windows after a 4-month validation window; small boosting budget. */
    static TrainConfig config() {
        return TrainConfig.defaults().withFolds(2, 4, 4).withRounds(10, 60, 20).withTrainStride(1);
    }

    static synchronized Dataset dataset() {
        if (dataset == null) {
            dataset = new DatasetBuilder(new TechnicalFeatures(), config().lookback())
                    .build(market(), new LabelSpec(HORIZON, LabelSpec.Transform.RANK), null, null, 1, 2);
        }
        return dataset;
    }

    static synchronized AlphaTrainer.Result trained() {
        if (trained == null) {
            trained = new AlphaTrainer(config(), line -> System.out.println("[ml] " + line)).train(dataset(), "alpha5d");
        }
        return trained;
    }

    /** {@code bars} with every bar after {@code epochDay} removed (symbols keep their positions). */
    static BarColumns truncate(BarColumns bars, int epochDay) {
        BarColumns.Builder b = new BarColumns.Builder(bars.barCount());
        int[] day = bars.day();
        for (int s = 0; s < bars.symbolCount(); s++) {
            for (int i = bars.start(s); i < bars.end(s) && day[i] <= epochDay; i++) {
                b.add(day[i], bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i], bars.volume()[i]);
            }
            b.endSymbol();
        }
        return b.build();
    }
}
