package io.technic.scanner.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.expr.Syntax.Kind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyntaxTest {

    private static final Program.Vocabulary V = new Program.Vocabulary(List.of("rsi14", "ret63"), List.of("merit", "techRating"));

    private static List<String> kinds(String src) {
        return Syntax.highlight(src, V).stream().map(s -> s.kind() + ":" + src.substring(s.start(), s.end())).toList();
    }

    @Test
    void tokensAreClassifiedForColouring() {
        assertThat(kinds("weekly.close >= sma(20) and sector in ('Energy') or merit > 7.5 # engulfing smaa"))
                .containsExactly("TIMEFRAME:weekly", "OPERATOR:.", "FIELD:close", "OPERATOR:>=", "FUNCTION:sma",
                        "OPERATOR:(", "NUMBER:20", "OPERATOR:)", "KEYWORD:and", "FIELD:sector", "KEYWORD:in",
                        "OPERATOR:(", "STRING:'Energy'", "OPERATOR:)", "KEYWORD:or", "NAME:merit", "OPERATOR:>",
                        "NUMBER:7.5", "UNKNOWN:#", "PATTERN:engulfing", "UNKNOWN:smaa");
        assertThat(kinds("'open")).containsExactly("STRING:'open");
    }

    @Test
    void highlightingNeverThrowsAndCoversTheTextInOrder() {
        Random rnd = new Random(1);
        String alphabet = "abcdefsmaw.ly()[]<>=!'\" 0123456789_#,+-*/";
        for (int k = 0; k < 2_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(30); i > 0; i--) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            int pos = 0;
            for (Syntax.Span span : Syntax.highlight(s, V)) {
                assertThat(span.start()).isGreaterThanOrEqualTo(pos);
                assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(s.length());
                pos = span.end();
            }
        }
    }

    @Test
    void theFirstProblemHasTheParsersMessageAndPlace() {
        Syntax.Problem p = Syntax.check("close > 5 and\n  smaa(5) > 1", V).orElseThrow();
        assertThat(p.message()).isEqualTo("unknown function 'smaa' at 2:3, did you mean 'sma'?");
        assertThat(p.offset()).isEqualTo(16);
        assertThat(List.of(p.line(), p.column())).containsExactly(2, 3);
        assertThat(Syntax.check("close >", V).orElseThrow().offset()).isEqualTo(7);
        assertThat(Syntax.check("weekly.close > merit", V)).isEmpty();
    }

    @Test
    void completionsStartWithTheWordThenContainIt() {
        List<Syntax.Completion> rs = Syntax.complete("close > rs", 10, V);
        assertThat(rs.getFirst().text()).isEqualTo("rsi");
        assertThat(rs.getFirst().signature()).isEqualTo("rsi(n=14)");
        assertThat(rs).extracting(Syntax.Completion::text).contains("rsi14").doesNotContain("close");
        assertThat(Syntax.complete("mer", 3, V)).extracting(Syntax.Completion::text).startsWith("merit");
        assertThat(Syntax.complete("hammer", 6, V)).extracting(Syntax.Completion::text).doesNotContain("hammer");
        // after a timeframe prefix: bar series only, no scores or text fields
        List<String> weekly = Syntax.complete("weekly.", 7, V).stream().map(Syntax.Completion::text).toList();
        assertThat(weekly).contains("close", "sma", "engulfing").doesNotContain("merit", "sector", "weekly.");
        assertThat(Syntax.complete("x > wee", 7, V)).extracting(Syntax.Completion::text).containsExactly("weekly.");
        assertThat(Syntax.wordStart("sma(clo", 7)).isEqualTo(4);
    }
}
