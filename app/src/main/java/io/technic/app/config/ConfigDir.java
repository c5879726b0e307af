package io.technic.app.config;

import java.nio.file.Path;

/**
 * The user's configuration directory, shared by the workstation (its workspace) and the command
 * line (saved scan templates): the system property {@value #PROPERTY} when set (tests, portable
 * installs), else {@code $XDG_CONFIG_HOME/technic}, else {@code ~/.config/technic}.
 */
public final class ConfigDir {

    /** Overrides the directory. */
    public static final String PROPERTY = "technic.config.dir";

    private ConfigDir() {}

    public static Path resolve() {
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
