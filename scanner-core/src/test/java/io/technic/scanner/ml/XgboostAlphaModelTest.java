package io.technic.scanner.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.feature.Features;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.score.TechRating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XgboostAlphaModelTest {

    @TempDir
    Path dir;

    /** The fixture data set's first 2,000 rows as doubles, as a scan hands them over. */
    private static double[] rows(int n) {
        Dataset d = MlFixtures.dataset();
        int cols = d.schema().size();
        double[] m = new double[n * cols];
        for (int i = 0; i < m.length; i++) {
            m[i] = d.x()[i];
        }
        return m;
    }

    @Test
    void saveAndLoadRoundTripPredictsIdentically() throws Exception {
        XgboostAlphaModel model = MlFixtures.trained().model();
        model.save(dir);
        assertThat(dir.resolve("alpha5d.ubj")).isRegularFile();
        assertThat(dir.resolve("alpha5d.meta.json")).isRegularFile();
        XgboostAlphaModel back = XgboostAlphaModel.load(dir, "alpha5d");
        assertThat(back.metadata()).isEqualTo(model.metadata());
        double[] m = rows(2000);
        float[] a = model.predict(Features.SCHEMA, m, 2000);
        float[] b = back.predict(Features.SCHEMA, m, 2000);
        for (int i = 0; i < a.length; i++) {
            assertThat(Float.floatToIntBits(b[i])).isEqualTo(Float.floatToIntBits(a[i]));
        }
        assertThat(a).doesNotContain(Float.NaN);
    }

    @Test
    void batchPredictionEqualsRowByRowAndIsBitIdenticalUnderConcurrency() throws Exception {
        XgboostAlphaModel model = MlFixtures.trained().model();
        int n = 500;
        double[] m = rows(n);
        int cols = Features.SCHEMA.size();
        float[] batch = model.predict(Features.SCHEMA, m, n);
        for (int i = 0; i < n; i += 37) {
            float[] one = model.predict(Features.SCHEMA, java.util.Arrays.copyOfRange(m, i * cols, (i + 1) * cols), 1);
            assertThat(Float.floatToIntBits(one[0])).isEqualTo(Float.floatToIntBits(batch[i]));
        }
        List<CompletableFuture<float[]>> runs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            runs.add(CompletableFuture.supplyAsync(() -> model.predict(Features.SCHEMA, m, n)));
        }
        for (var r : runs) {
            assertThat(r.join()).isEqualTo(batch);
        }
    }

    @Test
    void aMatrixOfAnotherSchemaIsRefusedWithAClearError() {
        XgboostAlphaModel model = MlFixtures.trained().model();
        List<String> names = new ArrayList<>(Features.ALL);
        java.util.Collections.swap(names, 0, 1);    // same columns, other order
        FeatureSchema swapped = new FeatureSchema(names);
        assertThatThrownBy(() -> model.predict(swapped, rows(10), 10))
                .isInstanceOf(AlphaModel.SchemaMismatchException.class)
                .hasMessageContaining("alpha5d").hasMessageContaining("schema").hasMessageContaining("technic train");
    }

    @Test
    void aScannerRefusesAModelTrainedOnAnotherSchema() {
        ModelMetadata md = MlFixtures.trained().metadata();
        List<String> names = new ArrayList<>(Features.ALL);
        names.remove(names.size() - 1);
        FeatureSchema older = new FeatureSchema(names);
        ModelMetadata other = new ModelMetadata(md.name(), md.horizon(), md.label(), older.names(), older.hash(),
                md.maskedFeatures(), md.source(), md.dataFrom(), md.dataTo(), md.trainFrom(), md.trainTo(),
                md.validFrom(), md.validTo(), md.rounds(), md.validationRankIc(), md.folds(), md.overall(),
                md.lastTwoYears(), md.xgboostVersion(), md.configVersion(), md.params(), md.createdAt(),
                md.trainingSeconds(), md.modelFile(), md.modelSha256());
        XgboostAlphaModel stale = XgboostAlphaModel.of(MlFixtures.trained().model().modelBytes(), other);
        assertThatThrownBy(() -> new Scanner(s -> MlFixtures.market(), new TechnicalFeatures(), new TechRating(), null,
                List.of(stale))).isInstanceOf(AlphaModel.SchemaMismatchException.class)
                .hasMessageContaining("alpha5d");
    }

    @Test
    void aModelFileThatIsNotTheOneItsMetadataDescribesIsRefused() throws Exception {
        XgboostAlphaModel model = MlFixtures.trained().model();
        model.save(dir);
        byte[] bytes = Files.readAllBytes(dir.resolve("alpha5d.ubj"));
        bytes[bytes.length / 2] ^= 1;
        Files.write(dir.resolve("alpha5d.ubj"), bytes);
        assertThatThrownBy(() -> XgboostAlphaModel.load(dir, "alpha5d"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sha256");
        assertThatThrownBy(() -> XgboostAlphaModel.load(dir, "alpha10d"))
                .isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessageContaining("alpha10d");
    }

    @Test
    void metadataJsonRoundTrips() throws Exception {
        ModelMetadata md = MlFixtures.trained().metadata();
        ModelMetadata back = ModelMetadata.parse(md.toJson(), "test");
        assertThat(back).isEqualTo(md);
        assertThat(md.toJson()).contains("\"oosRankIc\"").contains("\"oosRankIcT\"").contains("\"schemaHash\"");
    }
}
