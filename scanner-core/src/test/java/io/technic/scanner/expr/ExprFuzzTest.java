package io.technic.scanner.expr;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any text given to the scan language compiles to a program or fails with an
 * {@link ExprException} that points inside the text: no other exception escapes, nothing hangs.
 * The committed inputs (src/test/resources/.../ExprFuzzTestInputs) are replayed in every test run;
 * {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class ExprFuzzTest {

    private static final Program.Vocabulary NAMES = new Program.Vocabulary(
            List.of("rsi14", "ret63", "sma50", "mom12_1"), List.of("merit", "quality", "techRating", "alpha5d"));

    @FuzzTest(maxDuration = "60s")
    void compileGivesAProgramOrAPositionedError(FuzzedDataProvider data) {
        String source = data.consumeRemainingAsString();
        try {
            Program p = Program.compile(source, NAMES);
            if (p.source() == null) {
                throw new AssertionError("a program without its source");
            }
        } catch (ExprException e) {
            if (e.line() < 1 || e.column() < 1 || e.getMessage() == null || e.caret() == null) {
                throw new AssertionError("an error without its place: " + e.getMessage(), e);
            }
        }
    }
}
