package io.technic.scanner.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits a scan expression into tokens; every token keeps its offset for error positions. */
final class Lexer {

    enum Kind { NUMBER, STRING, NAME, SYMBOL, END }

    record Token(Kind kind, String text, int offset) {

        boolean is(String s) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(s);
        }
    }

    private static final String[] SYMBOLS = {">=", "<=", "==", "!=", ">", "<", "=", "+", "-", "*", "/", "(", ")", "[",
        "]", ",", "."};

    private Lexer() {}

    static List<Token> tokens(String src) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '.' || src.charAt(i) == '_')) {
                    i++;
                }
                if (i < n && (src.charAt(i) == 'e' || src.charAt(i) == 'E')) {
                    i++;
                    if (i < n && (src.charAt(i) == '+' || src.charAt(i) == '-')) {
                        i++;
                    }
                    while (i < n && Character.isDigit(src.charAt(i))) {
                        i++;
                    }
                }
                out.add(new Token(Kind.NUMBER, src.substring(start, i).replace("_", ""), start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.NAME, src.substring(start, i), start));
            } else if (c == '"' || c == '\'') {
                int start = i++;
                StringBuilder sb = new StringBuilder();
                while (i < n && src.charAt(i) != c) {
                    sb.append(src.charAt(i++));
                }
                if (i >= n) {
                    throw new ExprException("unterminated string", src, start);
                }
                i++;
                out.add(new Token(Kind.STRING, sb.toString(), start));
            } else {
                String sym = null;
                for (String s : SYMBOLS) {
                    if (src.startsWith(s, i)) {
                        sym = s;
                        break;
                    }
                }
                if (sym == null) {
                    throw new ExprException("unexpected character '" + c + "'", src, i);
                }
                out.add(new Token(Kind.SYMBOL, sym, i));
                i += sym.length();
            }
        }
        out.add(new Token(Kind.END, "end of input", n));
        return out;
    }
}
