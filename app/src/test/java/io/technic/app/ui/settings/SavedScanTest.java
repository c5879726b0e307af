package io.technic.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.app.ui.scan.ScanForm;
import io.technic.app.ui.scan.SourceKind;
import io.technic.scanner.model.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedScanTest {

    @TempDir
    Path dir;

    @Test
    void aSavedScanReadsBackEqualAndLeavesNoTemporaryFile() throws Exception {
        ScanForm form = new ScanForm(SourceKind.CSV, "sim", "/data/us.csv.gz", "", List.of("Energy", "Utilities"), "10", "",
                "20M", "300", Profile.CONSERVATIVE, "2024-03-08", "50", true);
        Path file = dir.resolve("energy.technicscan");

        SavedScan.write(file, form);

        assertThat(SavedScan.read(file)).isEqualTo(form);
        assertThat(Files.readString(file)).contains("\"format\" : \"technic-scan\"").contains("\"version\" : 1");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void recognisesTheExtensionWhateverItsCase() {
        assertThat(SavedScan.isSavedScan(Path.of("/x/Energy.TechnicScan"))).isTrue();
        assertThat(SavedScan.isSavedScan(Path.of("/x/energy.json"))).isFalse();
    }

    @Test
    void aFileThatIsNotASavedScanIsRefusedNamingTheFile() throws Exception {
        Path json = Files.writeString(dir.resolve("other.technicscan"), "{\"window\": {}}");
        Path broken = Files.writeString(dir.resolve("broken.technicscan"), "{\"format\": ");
        Path future = Files.writeString(dir.resolve("future.technicscan"), "{\"format\":\"technic-scan\",\"version\":9,\"form\":{}}");

        assertThatThrownBy(() -> SavedScan.read(json)).isInstanceOf(IOException.class)
                .hasMessageContaining(json.toString()).hasMessageContaining("not a saved Technic scan");
        assertThatThrownBy(() -> SavedScan.read(broken)).isInstanceOf(IOException.class)
                .hasMessageContaining(broken.toString());
        assertThatThrownBy(() -> SavedScan.read(future)).isInstanceOf(IOException.class)
                .hasMessageContaining(future.toString()).hasMessageContaining("version 9");
        assertThatThrownBy(() -> SavedScan.read(dir.resolve("missing.technicscan"))).isInstanceOf(IOException.class)
                .hasMessageContaining("missing.technicscan");
    }
}
