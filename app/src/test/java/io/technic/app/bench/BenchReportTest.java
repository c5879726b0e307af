package io.technic.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static BenchReport sample() {
        return BenchReport.of("sim:seed=1", 6000, 3_000_000, 2, 1, 5, 15,
                new Stats(700, 650, 800, 15), new Stats(120, 110, 130, 15),
                new Stats(4200, 4100, 4300, 3), new Stats(2800, 2700, 2900, 3),
                new Stats(35, 30, 40, 15), new Stats(90, 85, 99, 15), Map.of("features", new Stats(5, 4, 6, 15)),
                300, false, SystemInfo.current());
    }

    @Test
    void sampledTa4jIsStatedInTheTable() {
        assertThat(sample().toTable()).contains("ta4j: measured on 300 of 6,000 symbols and scaled")
                .contains("without its ParabolicSarIndicator");
    }

    @Test
    void computesSpeedupsFromMedians() {
        BenchReport r = sample();
        assertThat(r.barsPerSymbol()).isEqualTo(500);
        assertThat(r.indicatorSpeedupVsTaLib()).isEqualTo(20.0);
        assertThat(r.indicatorSpeedupVsTa4j()).isEqualTo(120.0);
        assertThat(r.indicatorSpeedupVsTa4jWithBuild()).isEqualTo(200.0);
        assertThat(r.pipelineMedianMs()).isEqualTo(90.0);
    }

    @Test
    void jsonHasTheFieldsTheReportPromises() throws Exception {
        JsonNode json = new ObjectMapper().readTree(sample().toJson());
        assertThat(json.get("universeSymbols").asInt()).isEqualTo(6000);
        assertThat(json.get("barsPerSymbol").asInt()).isEqualTo(500);
        assertThat(json.get("engineThreads").asInt()).isEqualTo(2);
        assertThat(json.get("anchorThreads").asInt()).isEqualTo(1);
        for (String stats : new String[] {"taLib", "taLibLastBar", "ta4j", "ta4jBuildSeries",
                "engineIndicators", "enginePipeline"}) {
            assertThat(json.get(stats).has("medianMs")).as(stats).isTrue();
            assertThat(json.get(stats).has("minMs")).as(stats).isTrue();
            assertThat(json.get(stats).has("maxMs")).as(stats).isTrue();
        }
        assertThat(json.get("taLib").get("medianMs").asDouble()).isEqualTo(700);
        assertThat(json.get("indicatorSpeedupVsTaLib").asDouble()).isEqualTo(20);
        assertThat(json.get("indicatorSpeedupVsTa4j").asDouble()).isEqualTo(120);
        assertThat(json.get("pipelineMedianMs").asDouble()).isEqualTo(90);
        assertThat(json.get("other").get("features").get("medianMs").asDouble()).isEqualTo(5);
        assertThat(json.get("system").get("availableProcessors").asInt())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(json.get("system").get("javaVersion").asText()).isEqualTo(System.getProperty("java.version"));
    }

    @Test
    void missingEngineWorkloadsLeaveRatiosEmpty() throws Exception {
        BenchReport r = BenchReport.of("x", 10, 5000, 0, 1, 0, 1, new Stats(7, 7, 7, 1), null, null, null,
                null, null, null, 0, true, SystemInfo.current());
        assertThat(r.indicatorSpeedupVsTaLib()).isNull();
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertThat(json.has("engineIndicators")).isTrue();
        assertThat(json.get("engineIndicators").isNull()).isTrue();
        assertThat(r.toTable()).contains("TA-Lib full series").doesNotContain("engine indicators");
    }

    @Test
    void tableShowsEveryWorkloadWithItsRatio() {
        String table = sample().toTable();
        assertThat(table)
                .contains("6,000 symbols x 500 bars").contains("engine 2 thread(s), TA-Lib and ta4j 1 thread(s)")
                .contains("engine indicators").contains("engine pipeline")
                .contains("TA-Lib full series").contains("TA-Lib last bar only")
                .contains("ta4j compute").contains("ta4j build BarSeries").contains("ta4j build + compute")
                .contains("20.0x").contains("120.0x").contains("200.0x")
                .contains("650.0-800.0")
                .contains("features")
                .contains("processors");
    }
}
