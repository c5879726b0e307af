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
}
