package io.technic.scanner.expr;

import java.util.List;

/** The parsed form of a scan expression; every node remembers its offset in the source. */
sealed interface Ast {

    int offset();

    record Num(double value, int offset) implements Ast {}

    record Text(String value, int offset) implements Ast {}

    record Bool(boolean value, int offset) implements Ast {}

    /** A bare name: a bar field, a feature, a score, a text field, or a function called without parentheses. */
    record Name(String name, int offset) implements Ast {}

    record Call(String name, List<Ast> args, int offset) implements Ast {}

    record Unary(String op, Ast operand, int offset) implements Ast {}

    record Binary(String op, Ast left, Ast right, int offset) implements Ast {}

    /** {@code x[k]}: the value {@code k} bars ago. */
    record Ago(Ast series, int bars, int offset) implements Ast {}

    /** {@code cond within n bars}: true on any of the last {@code n} bars. */
    record Within(Ast condition, int bars, int offset) implements Ast {}

    /** {@code weekly.term} or {@code monthly.term}: {@code term} computed on resampled bars, read back per day. */
    record Frame(String timeframe, Ast term, int offset) implements Ast {}

    /** {@code text in ("A", "B")}. */
    record In(Ast value, List<String> options, int offset) implements Ast {}
}
