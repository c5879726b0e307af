package io.technic.scanner.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.export.CsvResultWriter;
import io.technic.scanner.export.JsonResultWriter;
import io.technic.scanner.export.TableResultWriter;
import io.technic.scanner.feature.Features;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Contribution;
import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scan runs the alpha models: forecasts per row, their percentiles as scores, MERIT's alpha slot filled. */
class AlphaScanTest {

    /** A model whose forecast is a fixed function of one feature: lets the test know the right answer. */
    private record FeatureModel(String name, String feature, double sign) implements AlphaModel {
        @Override
        public int horizon() {
            return 5;
        }

        @Override
        public ModelMetadata metadata() {
            return new ModelMetadata(name, 5, "test", Features.ALL, Features.SCHEMA.hash(), List.of(), "test",
                    null, null, null, null, null, null, 1, 0, List.of(), null, null, "n/a", 1, Map.of(), "now", 0,
                    name + ".ubj", null);
        }

        @Override
        public float[] predict(FeatureSchema schema, double[] matrix, int rows) {
            int c = schema.indexOf(feature);
            float[] out = new float[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = (float) (sign * matrix[i * schema.size() + c]);
            }
            return out;
        }
    }

    private static ScanResult scan(List<AlphaModel> models) {
        Market m = MlFixtures.market();
        try (Scanner s = new Scanner(src -> m, new TechnicalFeatures(), new TechRating(),
                new Merit(false, models.stream().map(AlphaModel::name).toList()), models)) {
            return s.submit(ScanRequest.of("sim").withFilter(UniverseFilter.none()), m, null).result().join();
        }
    }

    @Test
    void scanRowsCarryForecastsTheirPercentilesAndMeritsAlphaTerm() {
        XgboostAlphaModel model = MlFixtures.trained().model();
        ScanResult r = scan(List.of(model));
        assertThat(r.metrics().stageMillis()).containsKey("ALPHA");
        ScanRow top = r.rows().get(0);
        assertThat(top.forecasts()).containsOnlyKeys("alpha5d");
        assertThat(top.scores()).containsKeys(Merit.ALPHA, "alpha5d");
        // the forecast is the model's own prediction of the row's features
        float direct = model.predict(Features.SCHEMA, top.features(), 1)[0];
        assertThat(top.forecasts().get("alpha5d")).isEqualTo((double) direct);
        for (ScanRow row : r.rows()) {
            double pct = row.scores().get("alpha5d");
            assertThat(pct).isBetween(0.0, 100.0);
            assertThat(row.scores().get(Merit.ALPHA)).isEqualTo(pct);
            Contribution alpha = row.contributions().stream().filter(c -> c.name().equals(Merit.ALPHA)).findFirst()
                    .orElseThrow();
            assertThat(alpha.value()).isEqualTo(pct);
            assertThat(alpha.weight()).isGreaterThan(0.1);
            double sum = row.contributions().stream().mapToDouble(Contribution::points).sum();
            if (sum > 0 && sum < 100) {
                assertThat(row.score()).isCloseTo(sum, within(1e-9));
            }
        }
        // percentiles order like the raw forecasts
        List<ScanRow> rows = r.rows();
        for (int i = 1; i < rows.size(); i++) {
            ScanRow a = rows.get(i - 1);
            ScanRow b = rows.get(i);
            if (a.forecasts().get("alpha5d") < b.forecasts().get("alpha5d")) {
                assertThat(a.scores().get("alpha5d")).isLessThan(b.scores().get("alpha5d"));
            }
        }
    }

    @Test
    void meritFollowsTheAlphaForecast() {
        // the same scan with a model that loves 21-day winners and one that loves 21-day losers
        Function<ScanResult, Map<String, Double>> merit = r -> r.rows().stream()
                .collect(Collectors.toMap(ScanRow::symbol, ScanRow::score));
        ScanResult up = scan(List.of(new FeatureModel("alpha5d", Features.RET_21, 1)));
        ScanResult down = scan(List.of(new FeatureModel("alpha5d", Features.RET_21, -1)));
        Map<String, Double> mu = merit.apply(up);
        Map<String, Double> md = merit.apply(down);
        ScanRow best = up.rows().stream().max(java.util.Comparator.comparingDouble(r -> r.feature(Features.RET_21)))
                .orElseThrow();
        assertThat(mu.get(best.symbol())).isGreaterThan(md.get(best.symbol()));
        assertThat(best.scores().get("alpha5d")).isEqualTo(100.0);
        // without models the slot is absent and the other weights are renormalised
        ScanResult none = scan(List.of());
        assertThat(none.rows().get(0).forecasts()).isEmpty();
        assertThat(none.rows().get(0).contributions()).extracting(Contribution::name).doesNotContain(Merit.ALPHA);
        assertThat(none.metrics().stageMillis()).doesNotContainKey("ALPHA");
    }

    @Test
    void tableCsvAndJsonShowTheAlphaColumns() throws Exception {
        ScanResult r = scan(List.of(new FeatureModel("alpha5d", Features.RET_21, 1),
                new FeatureModel("alpha10d", Features.MOM_12_1, 1)));
        StringWriter table = new StringWriter();
        TableResultWriter.write(r, table);
        String header = table.toString().lines().filter(l -> l.contains("Symbol")).findFirst().orElseThrow();
        assertThat(header).contains("Alpha5d").contains("Raw5d%").contains("Alpha10d").contains("Raw10d%");
        StringWriter csv = new StringWriter();
        CsvResultWriter.write(r, csv);
        String csvHeader = csv.toString().lines().findFirst().orElseThrow();
        assertThat(csvHeader).contains(",alpha5d,").contains(",alpha10d,").contains(",alpha5dForecast,")
                .contains(",alpha10dForecast,");
        StringWriter json = new StringWriter();
        JsonResultWriter.write(r, json);
        assertThat(json.toString()).contains("\"forecasts\"").contains("\"alpha10d\"");
    }
}
