package io.technic.scanner.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertHistoryTest {

    @TempDir
    Path dir;

    static Alert alert(int i) {
        return new Alert(Instant.parse("2026-11-19T14:40:00Z").plusSeconds(60L * i), "r" + i, AlertRule.Kind.CONDITION,
                "core", "SYM" + i, 12.5 + i, i, "close > sma(50) on \"core\"");
    }

    @Test
    void alertsAppendAndReadBackInOrder() throws Exception {
        AlertHistory h = AlertHistory.in(dir);
        assertThat(h.read(10)).isEmpty();
        h.append(List.of(alert(1), alert(2)));
        h.append(List.of());
        h.append(List.of(alert(3)));
        assertThat(h.read(10)).containsExactly(alert(1), alert(2), alert(3));
        assertThat(h.read(2)).containsExactly(alert(2), alert(3));
    }

    @Test
    void aTornLastLineIsSkippedAndTheNextAppendStartsAFreshLine() throws Exception {
        AlertHistory h = AlertHistory.in(dir);
        h.append(List.of(alert(1)));
        String torn = alert(2).json();
        Files.writeString(h.file(), torn.substring(0, 20), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(h.read(10)).containsExactly(alert(1));
        h.append(List.of(alert(3)));
        assertThat(h.read(10)).containsExactly(alert(1), alert(3));
    }

    @Test
    void theLineFormatIsStableForScripts() {
        assertThat(alert(1).line()).isEqualTo("2026-11-19T14:41:00Z r1 condition SYM1 13.50 1 close > sma(50) on \"core\"");
        Alert noRank = new Alert(Instant.parse("2026-11-19T14:40:00Z"), "x", AlertRule.Kind.NEW_ENTRANT, "s", "P", 0.12345,
                0, "m");
        assertThat(noRank.line()).isEqualTo("2026-11-19T14:40:00Z x new-entrant P 0.1235 - m");
    }
}
