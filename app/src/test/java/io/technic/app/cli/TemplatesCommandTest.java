package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.technic.app.config.ConfigDir;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code technic templates …} and {@code technic scan --template} as a trader uses them. */
class TemplatesCommandTest {

    private static final String SOURCE = "sim:seed=3,symbols=300,bars=400";

    @TempDir
    Path config;

    @BeforeEach
    void useATemporaryConfigDirectory() {
        System.setProperty(ConfigDir.PROPERTY, config.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty(ConfigDir.PROPERTY);
    }

    @Test
    void listShowsTheBuiltInsAndAScanRunsOne() throws Exception {
        CliRun list = CliRun.of("templates", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("golden_cross").contains("oversold_in_uptrend").contains("built-in")
                .contains("20 templates");
        CliRun scan = CliRun.of("scan", "--source", SOURCE, "--template", "near_52w_high", "--top", "0",
                "--format", "json");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(scan.out());
        assertThat(j.path("rows").size()).isPositive();
        for (JsonNode row : j.path("rows")) {
            assertThat(row.path("features").path("dist52wHigh").asDouble()).isGreaterThan(-0.03);
        }
    }

    @Test
    void saveTypeChecksThenRunsRenamesExportsAndImports() throws Exception {
        CliRun bad = CliRun.of("templates", "save", "mine", "--where", "rsi(14) < 30 and smaa(5) > 1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown function 'smaa' at 1:18, did you mean 'sma'?");
        assertThat(Files.exists(config.resolve("templates/mine.technicscan"))).isFalse();

        CliRun save = CliRun.of("templates", "save", "mine", "--where", "close > sma(50)", "--rank-by", "roc(63)",
                "--description", "above the 50-day, fastest first", "--top", "7");
        assertThat(save.exitCode()).as(save.err()).isZero();
        assertThat(config.resolve("templates/mine.technicscan")).exists();

        CliRun scan = CliRun.of("scan", "--source", SOURCE, "--template", "mine", "--format", "json");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(new ObjectMapper().readTree(scan.out()).path("rows").size()).isEqualTo(7);

        assertThat(CliRun.of("templates", "rename", "mine", "fast50").exitCode()).isZero();
        Path shared = config.resolve("fast50.technicscan");
        assertThat(CliRun.of("templates", "export", "fast50", shared.toString()).exitCode()).isZero();
        assertThat(CliRun.of("templates", "delete", "fast50").exitCode()).isZero();
        CliRun imported = CliRun.of("templates", "import", shared.toString(), "--as", "friend");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRun show = CliRun.of("templates", "show", "friend");
        assertThat(show.out()).contains("where:   close > sma(50)").contains("rank by: roc(63)").contains("top:     7");

        CliRun builtIn = CliRun.of("templates", "delete", "golden_cross");
        assertThat(builtIn.exitCode()).isEqualTo(2);
        assertThat(builtIn.err()).contains("'golden_cross' is a built-in template");
        CliRun missing = CliRun.of("scan", "--source", SOURCE, "--template", "nope");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no template named 'nope'");
    }
}
