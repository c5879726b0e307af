package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @Test
    void trainWritesAModelThatModelInfoReads(@TempDir Path dir) throws Exception {
        // 600 sessions are too short for the config's four yearly test windows: the layout shrinks
        CliRun r = CliRun.of("train", "--source", "sim:seed=5,symbols=100,bars=600", "--horizon", "5",
                "--out", dir.toString());
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("data set").contains("2 test windows").contains("fold 2").contains("last 2 years")
                .contains("wrote");
        assertThat(dir.resolve("alpha5d.ubj")).isRegularFile();
        assertThat(dir.resolve("alpha5d.meta.json")).isRegularFile();
        CliRun info = CliRun.of("model", "info", "--dir", dir.toString(), "--format", "json");
        assertThat(info.exitCode()).as(info.err()).isZero();
        JsonNode m = new ObjectMapper().readTree(info.out()).get("models").get(0);
        assertThat(m.get("name").asText()).isEqualTo("alpha5d");
        assertThat(m.get("source").asText()).startsWith("sim:seed=5");
        assertThat(m.get("metrics").get("folds")).hasSize(2);
    }

    @Test
    void trainingWithoutAnIndexSaysSo(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bars.csv");
        StringBuilder sb = new StringBuilder("symbol,date,open,high,low,close,volume\n");
        java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 300; i++, d = d.plusDays(1)) {
            sb.append("AAA,").append(d).append(",10,11,9,10,1000\n");
        }
        java.nio.file.Files.writeString(csv, sb);
        CliRun r = CliRun.of("train", "--source", "csv:" + csv, "--out", dir.resolve("m").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("index");
    }
}
