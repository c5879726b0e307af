package io.technic.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.themes.Theme;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final SettingsViewModel vm = new SettingsViewModel();

    @Test
    void appliesSavedSettingsAndFallsBackToDarkForAnUnknownTheme() {
        vm.apply(new WorkspaceState(null, null, null, "light", 3, "/data"));
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(vm.threadsProperty().get()).isEqualTo(3);
        assertThat(vm.csvDirectoryProperty().get()).isEqualTo("/data");
        vm.apply(new WorkspaceState(null, null, null, "sepia", 0, null));
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(vm.describeThreads()).isEqualTo("all " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    @Test
    void toggleSwitchesBetweenDarkAndLight() {
        vm.toggleTheme();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
        vm.toggleTheme();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void laterIssuesSettingsAreListedWithTheIssueThatBringsThem() {
        assertThat(SettingsViewModel.PENDING).extracting(SettingsViewModel.Pending::name)
                .anyMatch(n -> n.contains("Redis")).anyMatch(n -> n.contains("Remote")).noneMatch(n -> n.contains("API key"));
        assertThat(SettingsViewModel.PENDING).allSatisfy(p -> assertThat(p.arrivesWith()).isEqualTo("issue 6"));
    }

    @Test
    void thePolygonKeyIsSavedPrivatelyAndNeverShown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        SettingsViewModel vm = new SettingsViewModel();
        java.nio.file.Path file = dir.resolve("polygon.key");
        vm.setPolygonKeyFile(file);
        assertThat(vm.polygonKeyStatusProperty().get()).startsWith("No key yet");
        assertThat(vm.savePolygonKey("  ")).isFalse();
        assertThat(vm.savePolygonKey("pk_secret_123456")).isTrue();
        assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(io.technic.scanner.data.polygon.PolygonKey.find(java.util.Map.of(), file)).isPresent();
        assertThat(vm.polygonKeyStatusProperty().get()).contains(file.toString()).doesNotContain("pk_secret");
        vm.refreshPolygonKey(java.util.Map.of("POLYGON_API_KEY", "x"));
        assertThat(vm.polygonKeyStatusProperty().get()).isEqualTo("Key from the environment (POLYGON_API_KEY)");
    }
}
