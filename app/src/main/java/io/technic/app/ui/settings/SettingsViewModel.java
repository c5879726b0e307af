package io.technic.app.ui.settings;

import io.technic.themes.Theme;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings: theme (applied at once), worker threads, the default CSV folder and where settings are
 * stored. The cache, remote and credential settings are {@link ConnectionsViewModel}'s.
 */
public final class SettingsViewModel {

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.DARK);
    private final IntegerProperty threads = new SimpleIntegerProperty(0);
    private final StringProperty csvDirectory = new SimpleStringProperty("");
    private final StringProperty settingsFile = new SimpleStringProperty("");

    /** Cores available to scans (the most useful thread count). */
    public int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** "all 16 cores" or "4 threads", for the threads control. */
    public String describeThreads() {
        return threads.get() == 0 ? "all " + cores() + " cores" : threads.get() + " thread" + (threads.get() == 1 ? "" : "s");
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    public void apply(WorkspaceState s) {
        try {
            theme.set(Theme.parse(s.theme()));
        } catch (IllegalArgumentException e) {
            theme.set(Theme.DARK);
        }
        threads.set(s.threads());
        csvDirectory.set(s.csvDirectory());
    }

    public ObjectProperty<Theme> themeProperty() { return theme; }
    /** Worker threads for scans, 0 = all cores. */
    public IntegerProperty threadsProperty() { return threads; }
    public StringProperty csvDirectoryProperty() { return csvDirectory; }
    public StringProperty settingsFileProperty() { return settingsFile; }
}
