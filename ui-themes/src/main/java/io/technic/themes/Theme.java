package io.technic.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workstation's themes. Each theme is two stylesheets: its token sheet, which only defines
 * named colours ({@code -tx-bg}, {@code -tx-fg}, {@code -tx-accent}, …) on {@code .root}, and the
 * shared {@code base.css} and {@code charts.css}, which style every control, chart and tile
 * using those tokens only.
 * A new theme is a new token sheet; nothing else changes.
 */
public enum Theme {
    DARK("dark.css"),
    LIGHT("light.css");

    private static final Pattern TOKEN = Pattern.compile("(-tx-[a-z0-9-]+)\\s*:\\s*([^;]+);");

    private final String tokens;

    Theme(String tokens) {
        this.tokens = tokens;
    }

    /** Stylesheet URLs, tokens first, for {@code Scene.getStylesheets()}. */
    public List<String> stylesheets() {
        return List.of(url(tokens), url("base.css"), url("charts.css"));
    }

    /**
     * The theme's tokens as {@code name → colour} (e.g. {@code -tx-up → #26a69a}), in sheet order,
     * for components styled from code rather than CSS (TilesFX tiles, ChartFX renderers).
     */
    public Map<String, String> tokens() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Theme.class.getResourceAsStream(tokens)) {
            String css = new String(Objects.requireNonNull(in, tokens).readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher m = TOKEN.matcher(css);
            while (m.find()) {
                out.put(m.group(1), m.group(2).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme " + tokens, e);
        }
        return out;
    }

    /** A token's colour, e.g. {@code colour("-tx-up")}. @throws IllegalArgumentException for an unknown token */
    public String colour(String token) {
        String c = tokens().get(token);
        if (c == null) {
            throw new IllegalArgumentException("theme " + name().toLowerCase(Locale.ROOT) + " has no token " + token);
        }
        return c;
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
