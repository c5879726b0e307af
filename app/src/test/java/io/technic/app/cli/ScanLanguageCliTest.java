package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code technic scan --where … --rank-by …} as a trader types it. */
class ScanLanguageCliTest {

    private static final String SOURCE = "sim:seed=3,symbols=300,bars=400";

    @Test
    void whereAndRankByShapeTheJsonResult() throws Exception {
        CliRun r = CliRun.of("scan", "--source", SOURCE, "--where", "close > sma(50) and rsi(14) < 70",
                "--rank-by", "roc(63) desc", "--top", "0", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode rows = j.path("rows");
        assertThat(rows.size()).isPositive();
        long byWhere = 0;
        for (JsonNode f : j.path("filtered")) {
            byWhere += f.path("filter").asText().equals("where") ? 1 : 0;
        }
        assertThat(byWhere).isPositive();
        JsonNode acc = j.path("accounting");
        assertThat(acc.path("ranked").asInt() + acc.path("filtered").asInt() + acc.path("skipped").asInt())
                .isEqualTo(acc.path("universe").asInt());
        assertThat(acc.path("ranked").asInt()).isEqualTo(rows.size());
    }

    @Test
    void aTypoIsNamedWithItsPositionAndACaret() {
        CliRun r = CliRun.of("scan", "--source", SOURCE, "--where", "close > smaa(200)");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("technic: unknown function 'smaa' at 1:9, did you mean 'sma'?")
                .contains("  close > smaa(200)").contains("          ^");
    }
}
