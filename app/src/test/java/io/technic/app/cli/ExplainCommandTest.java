package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    private static final String SIM = "sim:seed=3,symbols=400";

    @Test
    void explainShowsRankMeritTermsAndFactors() {
        CliRun scan = CliRun.of("scan", "--source", SIM, "--top", "3", "--format", "csv");
        String second = scan.out().lines().skip(2).findFirst().orElseThrow().split(",")[1];
        CliRun r = CliRun.of("explain", second, "--source", SIM);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("rank 2 of").contains("MERIT").contains("techRating").contains("riskPenalty")
                .contains("fMomentum").contains("regime").contains("alpha forecasts").contains("alpha5d")
                .contains("alpha10d").contains("out-of-sample rank IC");
    }

    @Test
    void filteredSymbolSaysWhichFilter() {
        CliRun r = CliRun.of("explain", "S0001", "--source", SIM);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("S0001").contains("not ranked");
    }
}
