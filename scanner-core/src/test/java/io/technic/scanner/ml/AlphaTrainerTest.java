package io.technic.scanner.ml;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.feature.Features;
import io.technic.scanner.model.BarColumns;
import org.junit.jupiter.api.Test;

class AlphaTrainerTest {

    @Test
    void simulatedMarketsPlantedPredictabilityIsFoundOutOfSample() {
        ModelMetadata md = MlFixtures.trained().metadata();
        // a pipeline check: the simulator plants momentum, reversal and low-volatility effects
        assertThat(md.overall().rankIc()).isGreaterThan(0.015);
        assertThat(md.overall().rankIcTNaive()).isGreaterThan(2);
        assertThat(md.folds()).hasSize(2);
        assertThat(md.overall().dates()).isEqualTo(md.folds().get(0).dates() + md.folds().get(1).dates());
        assertThat(md.overall().hitRate()).isBetween(0.45, 0.6);
        assertThat(md.rounds()).isBetween(1, MlFixtures.config().maxRounds());
    }

    @Test
    void metadataDescribesTheModel() {
        ModelMetadata md = MlFixtures.trained().metadata();
        assertThat(md.featureNames()).isEqualTo(Features.ALL);
        assertThat(md.schemaHash()).isEqualTo(Features.SCHEMA.hash());
        assertThat(md.horizon()).isEqualTo(5);
        assertThat(md.label()).contains("index").contains("t+5");
        assertThat(md.xgboostVersion()).isEqualTo("3.0.4");
        assertThat(md.source()).startsWith("sim:");
        assertThat(md.dataFrom()).isEqualTo(MlFixtures.dataset().firstDate());
        assertThat(md.oosRankIc()).isEqualTo(md.lastTwoYears().rankIc());
        assertThat(md.oosRankIcT()).isEqualTo(md.lastTwoYears().rankIcT());
        assertThat(md.createdAt()).isNotBlank();
        assertThat(md.modelSha256()).hasSize(64);
    }

    @Test
    void finalModelsTrainingWindowEndsAtLeastTheHorizonBeforeItsValidationWindow() {
        ModelMetadata md = MlFixtures.trained().metadata();
        BarColumns idx = MlFixtures.market().index();
        int trainEnd = idx.lastIndexOnOrBefore(0, (int) md.trainTo().toEpochDay());
        int validStart = idx.lastIndexOnOrBefore(0, (int) md.validFrom().toEpochDay());
        // the last training label ends h sessions after trainTo, strictly before the first validation date
        assertThat(validStart - trainEnd).isGreaterThan(md.horizon());
        // and the folds: each test window starts after its own gap, so fold windows do not overlap
        var f = md.folds();
        assertThat(f.get(0).to()).isBefore(f.get(1).from());
    }

    @Test
    void sameSeedAndDataGiveTheSameModelAndPredictions() {
        AlphaTrainer.Result a = MlFixtures.trained();
        AlphaTrainer.Result b = new AlphaTrainer(MlFixtures.config(), null).train(MlFixtures.dataset(), "alpha5d");
        assertThat(b.model().modelBytes()).isEqualTo(a.model().modelBytes());
        assertThat(b.metadata().overall()).isEqualTo(a.metadata().overall());
        Dataset d = MlFixtures.dataset();
        float[] pa = a.model().predict(d.x(), d.rows());
        float[] pb = b.model().predict(d.x(), d.rows());
        for (int i = 0; i < pa.length; i++) {
            assertThat(Float.floatToIntBits(pb[i])).isEqualTo(Float.floatToIntBits(pa[i]));
        }
    }
}
