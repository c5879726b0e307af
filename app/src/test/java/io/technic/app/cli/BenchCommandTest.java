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
    }

    @Test
    void aNegativeWarmUpIsABadUsageError() {
        CliRun r = CliRun.of("bench", "--min-warmup-ms", "-1", "--symbols", "10");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("warm-up");
    }
}
