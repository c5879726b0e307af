package io.technic.scanner.expr;

/**
 * A scan expression that cannot be parsed, type-checked or evaluated. The message names the
 * problem and where: {@code unknown name 'smaa' at 1:9, did you mean 'sma'?}, and
 * {@link #caret()} draws the line with a caret under the spot.
 */
public final class ExprException extends IllegalArgumentException {

    private final String source;
    private final int line;
    private final int column;
    private final int offset;

    ExprException(String problem, String source, int offset) {
        this(problem, "", source, offset);
    }

    /** @param hint appended after the position, e.g. {@code ", did you mean 'sma'?"} */
    ExprException(String problem, String hint, String source, int offset) {
        super(problem + " at " + lineOf(source, offset) + ":" + columnOf(source, offset) + hint);
        this.source = source;
        this.line = lineOf(source, offset);
        this.column = columnOf(source, offset);
        this.offset = Math.max(0, Math.min(offset, source.length()));
    }

    /** 0-based character offset of the problem in the expression (its length at the end of input). */
    public int offset() {
        return offset;
    }

    /** 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem. */
    public int column() {
        return column;
    }

    /** The offending line of the expression with a caret under the problem's column. */
    public String caret() {
        String text = source.lines().skip(line - 1).findFirst().orElse("");
        return text + System.lineSeparator() + " ".repeat(Math.max(0, column - 1)) + "^";
    }

    private static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, s.length()); i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(String s, int offset) {
        int col = 1;
        for (int i = 0; i < Math.min(offset, s.length()); i++) {
            col = s.charAt(i) == '\n' ? 1 : col + 1;
        }
        return col;
    }
}
