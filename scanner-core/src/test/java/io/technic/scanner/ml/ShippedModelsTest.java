package io.technic.scanner.ml;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.feature.Features;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The Alpha 5d and Alpha 10d models shipped as resources load, match the feature schema and say how good they are. */
class ShippedModelsTest {

    @Test
    void bothShippedModelsLoadWithTheCurrentFeatureSchema() {
        var models = XgboostAlphaModel.shipped();
        assertThat(models).extracting(AlphaModel::name).containsExactly("alpha5d", "alpha10d");
        for (AlphaModel m : models) {
            ModelMetadata md = m.metadata();
            assertThat(md.schemaHash()).as(m.name()).isEqualTo(Features.SCHEMA.hash());
            assertThat(md.horizon()).isEqualTo(m.name().equals("alpha5d") ? 5 : 10);
            assertThat(md.source()).contains("us-daily-ohlcv");
            assertThat(md.oosRankIc()).isFinite();
            assertThat(md.oosRankIcT()).isFinite();
            assertThat(md.lastTwoYears().from()).isAfterOrEqualTo(md.dataTo().minusYears(2));
            assertThat(md.folds()).isNotEmpty();
            assertThat(md.xgboostVersion()).isEqualTo(XgboostAlphaModel.xgboostVersion());
        }
    }

    @Test
    void shippedModelFilesAreSmall() throws Exception {
        for (String n : XgboostAlphaModel.SHIPPED) {
            try (InputStream in = XgboostAlphaModel.class.getResourceAsStream(XgboostAlphaModel.RESOURCE_DIR + n + ".ubj")) {
                assertThat(in).as(n).isNotNull();
                assertThat(in.readAllBytes().length).as(n).isLessThan(4 << 20);
            }
        }
    }

    @Test
    void shippedModelsForecastTheSimulatedUniverseDeterministically() {
        Dataset d = MlFixtures.dataset();
        int n = Math.min(3000, d.rows());
        double[] m = new double[n * Features.SCHEMA.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = d.x()[i];
        }
        for (AlphaModel model : XgboostAlphaModel.shipped()) {
            float[] a = model.predict(Features.SCHEMA, m, n);
            float[] b = XgboostAlphaModel.loadResource(model.name()).predict(Features.SCHEMA, m, n);
            assertThat(b).isEqualTo(a);
            assertThat(a).doesNotContain(Float.NaN);
            // not a constant: the model distinguishes symbols
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (float v : a) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            assertThat(max).isGreaterThan(min);
        }
    }
}
