package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.feature.Features;
import org.junit.jupiter.api.Test;

class InspectCommandTest {

    @Test
    void inspectPrintsEveryIndicatorAndScore() {
        CliRun scan = CliRun.of("scan", "--source", "sim:seed=3,symbols=50", "--top", "1", "--format", "csv");
        String symbol = scan.out().lines().skip(1).findFirst().orElseThrow().split(",")[1];
        CliRun r = CliRun.of("inspect", symbol, "--source", "sim:seed=3,symbols=50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String name : Features.ALL) {
            assertThat(r.out()).contains("  " + name + " ");
        }
        assertThat(r.out()).contains("techRating");
    }

    @Test
    void unknownSymbolSaysWhy() {
        CliRun r = CliRun.of("inspect", "ZZZZZZ", "--source", "sim:seed=3,symbols=50");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("ZZZZZZ").contains("NOT_IN_SOURCE");
    }
}
