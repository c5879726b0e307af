package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.technic.scanner.feature.Features;
import org.junit.jupiter.api.Test;

class ModelCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void modelInfoPrintsEachShippedModelsOutOfSampleQuality() {
        CliRun r = CliRun.of("model", "info");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("alpha5d").contains("alpha10d").contains("oosRankIc").contains("oosRankIcT")
                .contains("last 2 years").contains("fold 1").contains("xgboost 3.0.4");
    }

    @Test
    void modelInfoJsonHasOosRankIcAndItsTPerHorizon() throws Exception {
        CliRun r = CliRun.of("model", "info", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode models = JSON.readTree(r.out()).get("models");
        assertThat(models).hasSize(2);
        for (JsonNode m : models) {
            assertThat(m.get("horizon").asInt()).isIn(5, 10);
            assertThat(m.get("oosRankIc").isNumber()).isTrue();
            assertThat(m.get("oosRankIcT").isNumber()).isTrue();
            assertThat(m.get("schemaHash").asText()).isEqualTo(Features.SCHEMA.hash());
            assertThat(m.get("featureNames")).hasSize(Features.ALL.size());
            assertThat(m.get("metrics").get("lastTwoYears").get("rankIc").asDouble())
                    .isEqualTo(m.get("oosRankIc").asDouble());
            assertThat(m.get("xgboostVersion").asText()).isEqualTo("3.0.4");
            assertThat(m.get("createdAt").asText()).isNotBlank();
        }
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun r = CliRun.of("model", "info", "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("xml");
    }
}
