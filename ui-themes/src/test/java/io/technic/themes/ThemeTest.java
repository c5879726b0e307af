package io.technic.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ThemeTest {

    private static final Pattern DEFINED = Pattern.compile("(-tx-[a-z0-9-]+)\\s*:");
    private static final Pattern USED = Pattern.compile(":[^;{}]*?(-tx-[a-z0-9-]+)");
    private static final Pattern LITERAL_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(");

    @Test
    void everyThemeDefinesTheSameTokens() throws IOException {
        assertThat(tokensDefinedBy(Theme.LIGHT)).isEqualTo(tokensDefinedBy(Theme.DARK)).isNotEmpty();
    }

    @Test
    void sharedSheetsUseOnlyDefinedTokensAndNoLiteralColours() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String sheet : Theme.DARK.stylesheets().subList(1, Theme.DARK.stylesheets().size())) {
            String css = stripComments(read(sheet));
            Matcher m = USED.matcher(css);
            while (m.find()) {
                used.add(m.group(1));
            }
            assertThat(LITERAL_COLOUR.matcher(css).find()).as("literal colour in " + sheet).isFalse();
        }
        assertThat(used).isNotEmpty();
        assertThat(tokensDefinedBy(Theme.DARK)).containsAll(used);
    }

    @Test
    void tokensAreReadableFromCode() {
        assertThat(Theme.DARK.tokens()).containsKeys("-tx-up", "-tx-down", "-tx-bg");
        assertThat(Theme.LIGHT.colour("-tx-bg")).startsWith("#").isNotEqualTo(Theme.DARK.colour("-tx-bg"));
        assertThatThrownBy(() -> Theme.DARK.colour("-tx-nope")).hasMessageContaining("-tx-nope");
    }

    @Test
    void parsesNamesAndRejectsUnknownOnesByName() {
        assertThat(Theme.parse("Light")).isEqualTo(Theme.LIGHT);
        assertThat(Theme.parse(null)).isEqualTo(Theme.DARK);
        assertThatThrownBy(() -> Theme.parse("sepia")).hasMessageContaining("'sepia'");
    }

    private static Set<String> tokensDefinedBy(Theme t) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = DEFINED.matcher(stripComments(read(t.stylesheets().getFirst())));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String stripComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String read(String url) throws IOException {
        try (InputStream in = URI.create(url).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
