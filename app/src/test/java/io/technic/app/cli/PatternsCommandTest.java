package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.BarSources;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.pattern.Pattern;
import io.technic.scanner.pattern.Patterns;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternsCommandTest {

    private static final String SOURCE = "sim:seed=5,symbols=20,bars=300";

    @Test
    void listsTheLastBarsWithThePatternsThatFiredThere() {
        Market m = BarSources.parse(SOURCE).load();
        String symbol = m.symbols().get(3).symbol();
        CliRun r = CliRun.of("patterns", symbol, "--source", SOURCE, "--days", "12");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith(symbol).contains("last 12 bars");
        assertThat(lines).hasSize(13);
        // The doji column of the last bars, computed directly, shows up line by line.
        BarColumns b = m.bars();
        int from = b.start(3);
        int to = b.end(3);
        Pattern doji = Patterns.byName("doji").orElseThrow();
        int[] out = new int[b.barCount()];
        doji.compute(b.open(), b.high(), b.low(), b.close(), from, to, out);
        for (int k = 0; k < 12; k++) {
            int i = to - 12 + k;
            String line = lines.get(1 + k);
            assertThat(line).startsWith(LocalDate.ofEpochDay(b.day()[i]).toString());
            assertThat(line.contains("Doji (neutral)")).as(line).isEqualTo(out[i] != 0);
        }
        assertThat(r.out()).containsAnyOf("(bullish)", "(bearish)");
    }

    @Test
    void asOfEndsTheListAtThatDate() {
        Market m = BarSources.parse(SOURCE).load();
        BarColumns b = m.bars();
        LocalDate date = LocalDate.ofEpochDay(b.day()[b.end(0) - 30]);
        CliRun r = CliRun.of("patterns", m.symbols().get(0).symbol().toLowerCase(), "--source", SOURCE,
                "--as-of", date.toString(), "--days", "3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith(date.toString());
    }

    @Test
    void unknownSymbolIsAOneLineError() {
        CliRun r = CliRun.of("patterns", "ZZZZZZ", "--source", SOURCE);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("unknown symbol ZZZZZZ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void daysMustBePositive() {
        CliRun r = CliRun.of("patterns", "AAA", "--source", SOURCE, "--days", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--days");
    }
}
