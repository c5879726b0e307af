package io.technic.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.results.ColumnState;
import io.technic.app.ui.scan.ScanForm;
import io.technic.app.ui.scan.SourceKind;
import io.technic.scanner.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedStateReadsBackEqual() throws Exception {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("technic"));
        WorkspaceState s = new WorkspaceState(
                new WorkspaceState.WindowState(10, 20, 1600, 900, false, List.of(0.2, 0.7, 0.45)),
                List.of(new ColumnState("merit", 70, true), new ColumnState("name", 180, false)),
                new ScanForm(SourceKind.CSV, "sim", "/data/us.csv.gz", "/data/store", List.of("Energy"), "10", "", "20M", "300",
                        Profile.CONSERVATIVE, "2024-03-08", "50", true),
                "light", 4, "/data");
        store.save(s);
        assertThat(store.load()).isEqualTo(new WorkspaceStore.Loaded(s, null));
        try (var files = Files.list(dir.resolve("technic"))) {
            assertThat(files).as("written atomically, no temporary left").containsExactly(store.file());
        }
    }

    @Test
    void missingFileGivesDefaultsWithoutAWarning() {
        WorkspaceStore.Loaded l = new WorkspaceStore(dir).load();
        assertThat(l.state()).isEqualTo(WorkspaceState.defaults());
        assertThat(l.warning()).isNull();
    }

    @Test
    void corruptFileGivesDefaultsAndAWarningNamingTheFile() throws Exception {
        WorkspaceStore store = new WorkspaceStore(dir);
        Files.writeString(store.file(), "{\"theme\": \"light\", \"window\": {\"width\": ");
        WorkspaceStore.Loaded l = store.load();
        assertThat(l.state()).isEqualTo(WorkspaceState.defaults());
        assertThat(l.warning()).contains(store.file().toString()).contains("using defaults");
        assertThat(store.file()).exists(); // left for the user to look at until the next save
    }

    @Test
    void partialAndUnknownFieldsStillLoad() throws Exception {
        WorkspaceStore store = new WorkspaceStore(dir);
        Files.writeString(store.file(), "{\"theme\": \"light\", \"futureSetting\": 3}");
        WorkspaceStore.Loaded l = store.load();
        assertThat(l.warning()).isNull();
        assertThat(l.state().theme()).isEqualTo("light");
        assertThat(l.state().lastRequest()).isEqualTo(ScanForm.defaults());
        assertThat(l.state().window().width()).isEqualTo(1500);
    }

    @Test
    void configDirectoryCanBeOverriddenBySystemProperty() {
        String old = System.getProperty(WorkspaceStore.DIR_PROPERTY);
        try {
            System.setProperty(WorkspaceStore.DIR_PROPERTY, dir.toString());
            assertThat(WorkspaceStore.defaultDirectory()).isEqualTo(dir);
            assertThat(WorkspaceStore.inUserConfig().file()).isEqualTo(dir.resolve("workstation.json"));
        } finally {
            if (old == null) {
                System.clearProperty(WorkspaceStore.DIR_PROPERTY);
            } else {
                System.setProperty(WorkspaceStore.DIR_PROPERTY, old);
            }
        }
    }
}
