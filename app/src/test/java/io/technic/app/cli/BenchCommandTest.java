package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code technic bench} end to end on a tiny universe: the JSON a machine reads, with every workload timed. */
class BenchCommandTest {

    @Test
    void jsonCarriesTheSpeedUpsAndThePipelineMedian() throws Exception {
        CliRun r = CliRun.of("bench", "--symbols", "60", "--bars", "300", "--iterations", "1",
                "--anchor-iterations", "1", "--no-ta4j", "--min-warmup-ms", "0", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("indicatorSpeedupVsTaLib").asDouble()).isPositive();
        assertThat(j.path("pipelineMedianMs").asDouble()).isPositive();
        assertThat(r.err()).contains("measuring engine pipeline");
        // the pipeline's time attributed to its stages
        for (String stage : new String[] {"PRESCREEN", "INDICATORS", "SCORE", "RANK"}) {
            assertThat(j.path("other").path("pipeline stage " + stage).path("medianMs").asDouble())
                    .as(stage).isPositive();
        }
        assertThat(j.path("other").has("pipeline stage (between stages)")).isTrue();
    }

    @Test
    void pipelineStagesAreMediansOverRunsAndTheRestIsBetweenStages() {
        var stages = BenchCommand.pipelineStages(java.util.List.of(
                java.util.Map.of("LOAD", 0.0, "INDICATORS", 10.0, "RANK", 2.0, "wall", 13.0),
                java.util.Map.of("LOAD", 0.0, "INDICATORS", 30.0, "RANK", 4.0, "wall", 35.0),
                java.util.Map.of("LOAD", 0.0, "INDICATORS", 20.0, "RANK", 3.0, "wall", 26.0)));
        assertThat(stages.get("pipeline stage INDICATORS").medianMs()).isEqualTo(20.0);
        assertThat(stages.get("pipeline stage RANK").medianMs()).isEqualTo(3.0);
        assertThat(stages.get("pipeline stage (between stages)").medianMs()).isEqualTo(1.0);
        assertThat(stages).doesNotContainKey("pipeline stage LOAD");
    }

    @Test
    void aNegativeWarmUpIsABadUsageError() {
        CliRun r = CliRun.of("bench", "--min-warmup-ms", "-1", "--symbols", "10");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("warm-up");
    }
}
