package io.technic.app.prefs;

import java.nio.file.Path;

/**
 * The user's Technic config directory, shared by the command line and the workstation:
 * {@code -Dtechnic.config.dir=DIR}, else {@code $XDG_CONFIG_HOME/technic}, else
 * {@code ~/.config/technic}. Lives outside the UI packages so the CLI needs no UI class.
 */
public final class ConfigDirectory {

    /** System property overriding the directory. */
    public static final String PROPERTY = "technic.config.dir";

    private ConfigDirectory() {}

    /** The config directory (not created). */
    public static Path get() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "technic");
        }
        return Path.of(System.getProperty("user.home"), ".config", "technic");
    }
}
