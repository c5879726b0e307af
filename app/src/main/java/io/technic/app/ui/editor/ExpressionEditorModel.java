package io.technic.app.ui.editor;

import io.technic.scanner.backtest.Backtest;
import io.technic.scanner.expr.Program;
import io.technic.scanner.expr.Syntax;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of one expression editor: the text, its first problem (re-checked on every change) and
 * the completions at a caret. A ranking editor accepts a trailing {@code asc} or {@code desc}.
 *
 * <p>FX thread only; no controls, so plain unit tests drive it.
 */
public final class ExpressionEditorModel {

    /** What the editor is for. */
    public enum Role {
        /** A condition ({@code rsi(14) < 30}); empty means none. */
        CONDITION,
        /** A number to rank by, optionally followed by {@code asc} or {@code desc}; empty means none. */
        RANKING
    }

    /** The result of accepting a completion: the new text and where the caret goes. */
    public record Edit(String text, int caret) {}

    /** Characters of a long line shown around the problem. */
    static final int WINDOW = 48;

    private final Role role;
    private final Program.Vocabulary vocabulary;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Syntax.Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private int window = WINDOW;
    private boolean wrapMessage;

    /** An editor over the names a scan knows: bar fields, indicators, patterns, scores and features. */
    public ExpressionEditorModel(Role role) {
        this(role, Backtest.scanVocabulary());
    }

    public ExpressionEditorModel(Role role, Program.Vocabulary vocabulary) {
        this.role = Objects.requireNonNull(role, "role");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        text.addListener((obs, was, now) -> problem.set(check(now)));
    }

    /** The expression as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** The first problem of the text, or null when it compiles (or is empty). */
    public ReadOnlyObjectProperty<Syntax.Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * The problem as the command line shows it: the message, the line, and a caret under the
     * column; empty when there is none.
     */
    public String problemText() {
        Syntax.Problem p = problem.get();
        if (p == null) {
            return "";
        }
        String line = text.get().lines().skip(p.line() - 1).findFirst().orElse("");
        int col = Math.max(0, p.column() - 1);
        if (line.length() > window) {
            // a long line: the part around the problem, so the caret stays under it
            int from = Math.max(0, Math.min(col - window / 2, line.length() - window));
            // ASCII dots: an ellipsis glyph can come from a fallback font of another width and shift the caret
            String cut = (from > 0 ? "..." : "") + line.substring(from, Math.min(line.length(), from + window))
                    + (from + window < line.length() ? "..." : "");
            return message(p) + "\n" + cut + "\n" + " ".repeat(col - from + (from > 0 ? 3 : 0)) + "^";
        }
        return message(p) + "\n" + line + "\n" + " ".repeat(col) + "^";
    }

    /**
     * Fits {@link #problemText()} into a narrow editor: the line around the problem shows at most
     * {@code columns} characters (plus {@code ...} on each side) and the message wraps at words to
     * the same width, so the caret stays under its column in a side panel.
     *
     * @throws IllegalArgumentException if {@code columns} is under 10
     */
    public void setProblemWidth(int columns) {
        if (columns < 10) {
            throw new IllegalArgumentException("problem width must be at least 10 columns, got " + columns);
        }
        window = columns;
        wrapMessage = true;
    }

    /** The coloured tokens of the text. */
    public List<Syntax.Span> spans() {
        String s = text.get();
        List<Syntax.Span> spans = Syntax.highlight(s, vocabulary);
        int end = expressionEnd(s);
        if (end < s.length()) {   // the ranking's asc / desc
            return spans.stream().map(sp -> sp.start() >= end ? new Syntax.Span(Syntax.Kind.KEYWORD, sp.start(), sp.end()) : sp)
                    .toList();
        }
        return spans;
    }

    /** Completion candidates for the word before {@code caret}. */
    public List<Syntax.Completion> completions(int caret) {
        return Syntax.complete(text.get(), caret, vocabulary);
    }

    /** Replaces the word before {@code caret} with {@code c} (a function gets its opening parenthesis). */
    public Edit accept(Syntax.Completion c, int caret) {
        String s = text.get();
        int at = Math.min(caret, s.length());
        int start = Syntax.wordStart(s, at);
        String insert = c.text() + (c.kind() == Syntax.Kind.FUNCTION ? "(" : "");
        String next = s.substring(0, start) + insert + s.substring(at);
        text.set(next);
        return new Edit(next, start + insert.length());
    }

    private String message(Syntax.Problem p) {
        if (!wrapMessage || p.message().length() <= window + 6) {
            return p.message();
        }
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : p.message().split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > window + 6) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    private Syntax.Problem check(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String expr = s.substring(0, expressionEnd(s));
        java.util.Optional<Syntax.Problem> p = Syntax.check(expr, vocabulary);
        if (p.isEmpty()) {
            try {
                Program.Type type = Program.compile(expr, vocabulary).type();
                if (role == Role.CONDITION && type != Program.Type.BOOLEAN) {
                    return new Syntax.Problem("a condition must be true or false (e.g. rsi(14) < 30) at 1:1", 0, 1, 1);
                }
                if (role == Role.RANKING && type != Program.Type.NUMBER) {
                    // the engine's Screen and Backtest refuse it too; say so while typing, not after a scan
                    return new Syntax.Problem("a ranking must be a number (e.g. roc(63) desc) at 1:1", 0, 1, 1);
                }
            } catch (IllegalArgumentException e) {
                return new Syntax.Problem(e.getMessage(), 0, 1, 1);
            }
        }
        return p.orElse(null);
    }

    /** Where the expression ends: before a ranking's trailing {@code asc} / {@code desc}. */
    private int expressionEnd(String s) {
        if (role != Role.RANKING) {
            return s.length();
        }
        String lower = s.stripTrailing().toLowerCase(Locale.ROOT);
        for (String suffix : List.of(" asc", " desc")) {
            if (lower.endsWith(suffix)) {
                return lower.length() - suffix.length() + 1;
            }
        }
        return s.length();
    }
}
