package io.technic.scanner.ml;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import org.junit.jupiter.api.Test;

/**
 * The validation would catch look-ahead: a label shifted one session back (the excess return
 * from t-1 to t-1+h, so it contains the move into the close of t, which the features see) makes
 * the same pipeline report a far higher out-of-sample IC than the honest label.
 */
class LeakageTest {

    @Test
    void labelsThatIncludeTheBarAtTInflateTheOutOfSampleIc() {
        Market m = MlFixtures.market();
        Dataset honest = MlFixtures.dataset();
        BarColumns b = m.bars();
        BarColumns idx = m.index();
        int h = MlFixtures.HORIZON;
        double[] leaky = new double[honest.rows()];
        for (int i = 0; i < honest.rows(); i++) {
            int s = honest.symbol()[i];
            int at = b.lastIndexOnOrBefore(s, honest.day()[i]);
            int k = idx.lastIndexOnOrBefore(0, honest.day()[i]);
            // from t-1 to t-1+h: the symbol's bars are the index's sessions in the simulator
            int j = b.lastIndexOnOrBefore(s, idx.day()[k + h - 1]);
            leaky[i] = Math.log(b.close()[j] / b.close()[at - 1]) - Math.log(idx.close()[k + h - 1] / idx.close()[k - 1]);
        }
        Dataset shifted = new Dataset(honest.schema(), honest.x(), leaky, honest.day(), honest.symbol(),
                honest.dateStart(), honest.label(), honest.source());

        ModelMetadata fair = MlFixtures.trained().metadata();
        ModelMetadata cheat = new AlphaTrainer(MlFixtures.config(), null).train(shifted, "leaky").metadata();

        System.out.printf("[ml] leakage check: honest OOS IC %.4f, label shifted to include t: %.4f%n",
                fair.overall().rankIc(), cheat.overall().rankIc());
        assertThat(cheat.overall().rankIc()).isGreaterThan(0.1);
        assertThat(cheat.overall().rankIc()).isGreaterThan(3 * Math.max(fair.overall().rankIc(), 0.01));
    }
}
