package io.technic.scanner.expr;

import io.technic.scanner.expr.Lexer.Kind;
import io.technic.scanner.expr.Lexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of the scan language, loosest binding first:
 * <pre>
 * or      := and ('or' and)*
 * and     := not ('and' not)*
 * not     := 'not' not | within
 * within  := compare ('within' INT ('bars' | 'bar'))?
 * compare := sum (('&gt;' | '&lt;' | '&gt;=' | '&lt;=' | '==' | '=' | '!=') sum | 'in' '(' STRING (',' STRING)* ')')?
 * sum     := product (('+' | '-') product)*
 * product := unary (('*' | '/') unary)*
 * unary   := '-' unary | postfix
 * postfix := primary ('[' INT ']')*
 * primary := NUMBER | STRING | 'true' | 'false' | TIMEFRAME '.' postfix
 *          | NAME ('(' (or (',' or)*)? ')')? | '(' or ')'
 * </pre>
 * Keywords are case-insensitive. {@code TIMEFRAME} is {@code daily}, {@code weekly} or
 * {@code monthly}; the look-back after a prefixed term belongs to the timeframe
 * ({@code weekly.close[1]} is the previous week's close).
 */
final class Parser {

    private final String src;
    private final List<Token> tokens;
    private int pos;

    private Parser(String src) {
        this.src = src;
        this.tokens = Lexer.tokens(src);
    }

    static Ast parse(String src) {
        if (src == null || src.isBlank()) {
            throw new ExprException("empty expression", src == null ? "" : src, 0);
        }
        Parser p = new Parser(src);
        Ast e = p.or();
        Token t = p.peek();
        if (t.kind() != Kind.END) {
            throw p.error("unexpected '" + t.text() + "' after a complete expression", t);
        }
        return e;
    }

    private Ast or() {
        Ast left = and();
        while (keyword("or")) {
            Token op = next();
            left = new Ast.Binary("or", left, and(), op.offset());
        }
        return left;
    }

    private Ast and() {
        Ast left = not();
        while (keyword("and")) {
            Token op = next();
            left = new Ast.Binary("and", left, not(), op.offset());
        }
        return left;
    }

    private Ast not() {
        if (keyword("not")) {
            Token op = next();
            return new Ast.Unary("not", not(), op.offset());
        }
        return within();
    }

    private Ast within() {
        Ast cond = compare();
        if (keyword("within")) {
            Token w = next();
            int n = integer("a number of bars after 'within'");
            if (n < 1) {
                throw new ExprException("'within' needs at least 1 bar", src, w.offset());
            }
            if (!(keyword("bars") || keyword("bar"))) {
                throw error("expected 'bars' after 'within " + n + "'", peek());
            }
            next();
            return new Ast.Within(cond, n, w.offset());
        }
        return cond;
    }

    private Ast compare() {
        Ast left = sum();
        Token t = peek();
        if (t.kind() == Kind.SYMBOL && List.of(">", "<", ">=", "<=", "==", "=", "!=").contains(t.text())) {
            next();
            String op = t.text().equals("=") ? "==" : t.text();
            return new Ast.Binary(op, left, sum(), t.offset());
        }
        if (keyword("in")) {
            Token in = next();
            expect("(", "'(' after 'in'");
            List<String> options = new ArrayList<>();
            do {
                Token s = next();
                if (s.kind() != Kind.STRING) {
                    throw error("expected a quoted name in the 'in' list", s);
                }
                options.add(s.text());
            } while (accept(","));
            expect(")", "')' to close the 'in' list");
            return new Ast.In(left, List.copyOf(options), in.offset());
        }
        return left;
    }

    private Ast sum() {
        Ast left = product();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            left = new Ast.Binary(op.text(), left, product(), op.offset());
        }
        return left;
    }

    private Ast product() {
        Ast left = unary();
        while (peek().is("*") || peek().is("/")) {
            Token op = next();
            left = new Ast.Binary(op.text(), left, unary(), op.offset());
        }
        return left;
    }

    private Ast unary() {
        if (peek().is("-")) {
            Token op = next();
            return new Ast.Unary("-", unary(), op.offset());
        }
        return postfix();
    }

    private Ast postfix() {
        Ast e = primary();
        while (peek().is("[")) {
            Token open = next();
            int k = integer("a number of bars inside [ ]");
            expect("]", "']' after the number of bars");
            e = new Ast.Ago(e, k, open.offset());
        }
        return e;
    }

    private Ast primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                try {
                    return new Ast.Num(Double.parseDouble(t.text()), t.offset());
                } catch (NumberFormatException e) {
                    throw error("malformed number '" + t.text() + "'", t);
                }
            }
            case STRING -> {
                return new Ast.Text(t.text(), t.offset());
            }
            case NAME -> {
                String lower = t.text().toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("false")) {
                    return new Ast.Bool(lower.equals("true"), t.offset());
                }
                if (List.of("and", "or", "not", "in", "within", "bars", "bar").contains(lower)) {
                    throw error("expected a value but found the keyword '" + t.text() + "'", t);
                }
                if (peek().is(".")) {
                    if (!List.of("daily", "weekly", "monthly").contains(lower)) {
                        throw error("unknown timeframe '" + t.text() + "': write daily., weekly. or monthly. before a term", t);
                    }
                    next();
                    if (peek().kind() != Kind.NAME && !peek().is("(")) {
                        throw error("expected a bar field, indicator or pattern after '" + t.text() + ".' but found '"
                                + peek().text() + "'", peek());
                    }
                    // the look-back belongs to the timeframe: weekly.close[1] is last week's close
                    return new Ast.Frame(lower, postfix(), t.offset());
                }
                if (accept("(")) {
                    List<Ast> args = new ArrayList<>();
                    if (!peek().is(")")) {
                        do {
                            args.add(or());
                        } while (accept(","));
                    }
                    expect(")", "')' to close the arguments of " + t.text());
                    return new Ast.Call(t.text(), List.copyOf(args), t.offset());
                }
                return new Ast.Name(t.text(), t.offset());
            }
            case SYMBOL -> {
                if (t.is("(")) {
                    Ast inner = or();
                    expect(")", "')'");
                    return inner;
                }
                throw error("expected a value but found '" + t.text() + "'", t);
            }
            default -> throw error("expression ends too early", t);
        }
    }

    private int integer(String what) {
        Token t = next();
        if (t.kind() != Kind.NUMBER || !t.text().matches("\\d+")) {
            throw error("expected " + what + " but found '" + t.text() + "'", t);
        }
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw error("number too large: " + t.text(), t);
        }
    }

    private boolean keyword(String k) {
        Token t = peek();
        return t.kind() == Kind.NAME && t.text().equalsIgnoreCase(k);
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }

    private boolean accept(String symbol) {
        if (peek().is(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String symbol, String what) {
        if (!accept(symbol)) {
            throw error("expected " + what + " but found '" + peek().text() + "'", peek());
        }
    }

    private ExprException error(String problem, Token at) {
        return new ExprException(problem, src, at.offset());
    }
}
