package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code technic store import | info} and scanning the store, as a user runs them. */
class StoreCommandTest {

    @TempDir
    Path dir;

    @Test
    void importThenScanTheStoreGivesTheSameRankingAsTheSource() {
        String source = "sim:seed=9,symbols=80,bars=300";
        CliRun imp = CliRun.of("store", "import", "--source", source, "--store", dir.toString());
        assertThat(imp.exitCode()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("80 new symbols").contains("generation 1");

        CliRun again = CliRun.of("store", "import", "--source", source, "--store", dir.toString());
        assertThat(again.out()).contains("stored 0 new bars");

        CliRun info = CliRun.of("store", "info", "--store", dir.toString());
        assertThat(info.out()).contains("symbols     80 + index").contains("generation  1");

        CliRun fromSource = CliRun.of("scan", "--source", source, "--format", "csv", "--top", "0");
        CliRun fromStore = CliRun.of("scan", "--source", "store:" + dir, "--format", "csv", "--top", "0");
        assertThat(fromStore.exitCode()).as(fromStore.err()).isZero();
        assertThat(fromStore.out()).isEqualTo(fromSource.out());
    }

    @Test
    void aMissingStoreIsAOneLineError() {
        CliRun r = CliRun.of("store", "info", "--store", dir.resolve("nowhere").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no bar store here").contains("technic store import");
    }
}
