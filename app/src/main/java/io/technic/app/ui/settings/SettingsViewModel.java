package io.technic.app.ui.settings;

import io.technic.themes.Theme;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings: theme (applied at once), worker threads, the default CSV folder, where settings are
 * stored, and the features later issues bring, listed as disabled with the issue that brings them.
 */
public final class SettingsViewModel {

    /** A setting that exists in the product design but not yet in the code: shown disabled, never faked. */
    public record Pending(String name, String arrivesWith) {}

    /** The settings later issues own. */
    public static final List<Pending> PENDING = List.of(
            new Pending("Remote scan endpoint", "issue 6"),
            new Pending("Offload to remote (local / remote / auto)", "issue 6"),
            new Pending("Redis cache URL", "issue 6"));

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.DARK);
    private final IntegerProperty threads = new SimpleIntegerProperty(0);
    private final StringProperty csvDirectory = new SimpleStringProperty("");
    private final StringProperty settingsFile = new SimpleStringProperty("");
    private final StringProperty polygonKeyStatus = new SimpleStringProperty("");
    private java.nio.file.Path polygonKeyFile = io.technic.scanner.data.polygon.PolygonKey.defaultFile(
            io.technic.scanner.watch.WatchStore.defaultDirectory());

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

    /** Where the Polygon key is saved (tests: a temporary file). */
    public void setPolygonKeyFile(java.nio.file.Path file) {
        polygonKeyFile = file;
        refreshPolygonKey(java.util.Map.of());
    }

    /** Says where the Polygon key comes from: the environment, the key file, or nowhere yet. Never shows the key. */
    public void refreshPolygonKey(java.util.Map<String, String> env) {
        if (env.containsKey("POLYGON_API_KEY") || env.containsKey("MASSIVE_API_KEY")) {
            polygonKeyStatus.set("Key from the environment (POLYGON_API_KEY)");
        } else if (java.nio.file.Files.exists(polygonKeyFile)) {
            polygonKeyStatus.set("Key saved in " + polygonKeyFile + " (only you can read it)");
        } else {
            polygonKeyStatus.set("No key yet: paste it and Save (stored in " + polygonKeyFile + ", mode 600)");
        }
    }

    /**
     * Saves a Polygon API key to the key file, readable only by the user.
     *
     * @return false (with the reason in {@link #polygonKeyStatusProperty()}) for a blank key or a write error
     */
    public boolean savePolygonKey(String key) {
        if (key == null || key.isBlank()) {
            polygonKeyStatus.set("Paste the API key first");
            return false;
        }
        try {
            io.technic.scanner.data.polygon.PolygonKey.save(key, polygonKeyFile);
        } catch (java.io.IOException | IllegalArgumentException e) {
            polygonKeyStatus.set("Not saved: " + e.getMessage());
            return false;
        }
        polygonKeyStatus.set("Key saved in " + polygonKeyFile + " (only you can read it)");
        return true;
    }

    public StringProperty polygonKeyStatusProperty() { return polygonKeyStatus; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    /** Worker threads for scans, 0 = all cores. */
    public IntegerProperty threadsProperty() { return threads; }
    public StringProperty csvDirectoryProperty() { return csvDirectory; }
    public StringProperty settingsFileProperty() { return settingsFile; }
}
