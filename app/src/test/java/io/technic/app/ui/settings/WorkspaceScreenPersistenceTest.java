package io.technic.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.scan.ScanForm;
import io.technic.app.ui.scan.ScreenForm;
import io.technic.scanner.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan form's last where condition and rank-by expression in workstation.json. */
class WorkspaceScreenPersistenceTest {

    @TempDir
    Path dir;

    @Test
    void whereAndRankBySaveAndLoadBack() throws Exception {
        WorkspaceStore store = new WorkspaceStore(dir.resolve("technic"));
        WorkspaceState s = new WorkspaceState(null, null, null, "dark", 0, null, null,
                new ScreenForm("close > sma(200) and rsi(14) < 30", "roc(63) desc"));
        store.save(s);
        assertThat(Files.readString(store.file())).contains("\"where\" : \"close > sma(200) and rsi(14) < 30\"");
        assertThat(store.load()).isEqualTo(new WorkspaceStore.Loaded(s, null));
        try (var files = Files.list(dir.resolve("technic"))) {
            assertThat(files).as("written atomically, no temporary left").containsExactly(store.file());
        }
    }

    @Test
    void aFileFromBeforeTheScreenLoadsWithNoneAndKeepsEverythingElse() throws Exception {
        WorkspaceStore store = new WorkspaceStore(dir);
        // as written before where/rank-by existed (no "screen" field)
        Files.writeString(store.file(), """
                {
                  "window" : { "x" : 10.0, "y" : 20.0, "width" : 1600.0, "height" : 900.0, "maximized" : false, "dividers" : [ 0.2 ] },
                  "columns" : [ ],
                  "lastRequest" : { "sourceKind" : "SIM", "simSpec" : "sim:symbols=500", "csvPath" : "", "storeDir" : "",
                    "sectors" : [ ], "minPrice" : "7", "maxPrice" : "", "minDollarVolume" : "5M", "minHistory" : "",
                    "profile" : "AGGRESSIVE", "asOf" : "", "topN" : "40", "sectorNeutral" : false },
                  "theme" : "light",
                  "threads" : 2,
                  "csvDirectory" : "/data"
                }""");
        WorkspaceStore.Loaded l = store.load();
        assertThat(l.warning()).isNull();
        assertThat(l.state().screen()).isEqualTo(ScreenForm.none());
        assertThat(l.state().theme()).isEqualTo("light");
        assertThat(l.state().threads()).isEqualTo(2);
        ScanForm f = l.state().lastRequest();
        assertThat(f.simSpec()).isEqualTo("sim:symbols=500");
        assertThat(f.profile()).isEqualTo(Profile.AGGRESSIVE);
        assertThat(f.topN()).isEqualTo("40");
    }

    @Test
    void aNullScreenLoadsAsNone() throws Exception {
        WorkspaceStore store = new WorkspaceStore(dir);
        Files.writeString(store.file(), "{\"theme\": \"light\", \"screen\": null}");
        assertThat(store.load().state().screen()).isEqualTo(ScreenForm.none());
        Files.writeString(store.file(), "{\"screen\": {\"where\": \"merit > 70\"}}");
        assertThat(store.load().state().screen()).isEqualTo(new ScreenForm("merit > 70", ""));
    }
}
