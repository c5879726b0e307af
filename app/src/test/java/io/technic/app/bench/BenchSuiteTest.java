package io.technic.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.Market;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BenchSuiteTest {

    @Test
    void measuresTheAnchorsAndThePluggedInWorkloads() {
        Market m = RandomWalkMarket.of(6, 280, 3);
        AtomicInteger engineRuns = new AtomicInteger();
        List<String> progress = new ArrayList<>();
        BenchReport r = new BenchSuite(m, new BenchSuite.Config(1, 2, 0, 1, 2, true, true, 1, true))
                .engineIndicators(() -> engineRuns.incrementAndGet())
                .enginePipeline(Workload.of(() -> { }))
                .add("extra", () -> 0)
                .onProgress(progress::add)
                .run();
        assertThat(engineRuns.get()).isEqualTo(3);
        assertThat(r.universeSymbols()).isEqualTo(6);
        assertThat(r.barsPerSymbol()).isEqualTo(280);
        assertThat(r.anchorThreads()).isEqualTo(2);
        assertThat(r.taLib().samples()).as("anchors use the slow harness").isEqualTo(1);
        assertThat(r.taLibLastBar().samples()).isEqualTo(1);
        assertThat(r.ta4j().samples()).isEqualTo(1);
        assertThat(r.ta4jBuildSeries().samples()).isEqualTo(1);
        assertThat(r.other()).containsKey("extra");
        assertThat(r.indicatorSpeedupVsTaLib()).isNotNull();
        assertThat(r.indicatorSpeedupVsTa4j()).isNotNull();
        assertThat(r.pipelineMedianMs()).isNotNull();
        assertThat(progress).hasSize(7);
    }

    @Test
    void ta4jSampleIsReportedAndScaledToTheUniverse() {
        Market m = RandomWalkMarket.of(6, 280, 3);
        BenchReport r = new BenchSuite(m, new BenchSuite.Config(0, 1, 0, 1, 1, true, false, 3, false)).run();
        assertThat(r.ta4jSampleSymbols()).isEqualTo(2);
        assertThat(r.ta4jParabolicSar()).isFalse();
        assertThat(r.ta4j().medianMs()).isPositive();
    }

    @Test
    void slowReferencesCanBeLeftOut() {
        Market m = RandomWalkMarket.of(3, 100, 3);
        BenchReport r = new BenchSuite(m, BenchSuite.Config.defaults().withIterations(0, 1)
                .withTa4j(false).withTaLibLastBar(false)).run();
        assertThat(r.taLib()).isNotNull();
        assertThat(r.ta4j()).isNull();
        assertThat(r.taLibLastBar()).isNull();
        assertThat(r.engineIndicators()).isNull();
    }
}
