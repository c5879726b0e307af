package io.technic.themes;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The workstation's themes. Each theme is two stylesheets: its token sheet, which only defines
 * named colours ({@code -tx-bg}, {@code -tx-fg}, {@code -tx-accent}, …) on {@code .root}, and the
 * shared {@code base.css}, which styles every control, chart and tile using those tokens only.
 * A new theme is a new token sheet; nothing else changes.
 */
public enum Theme {
    DARK("dark.css"),
    LIGHT("light.css");

    private final String tokens;

    Theme(String tokens) {
        this.tokens = tokens;
    }

    /** Stylesheet URLs, tokens first, for {@code Scene.getStylesheets()}. */
    public List<String> stylesheets() {
        return List.of(url(tokens), url("base.css"));
    }

    /** Parses {@code dark|light}, any case; {@link #DARK} for {@code null} or blank. */
    public static Theme parse(String s) {
        if (s == null || s.isBlank()) {
            return DARK;
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown theme '" + s + "' (expected dark or light)");
        }
    }

    private static String url(String name) {
        URL u = Theme.class.getResource(name);
        return Objects.requireNonNull(u, () -> "missing stylesheet resource " + name).toExternalForm();
    }
}
