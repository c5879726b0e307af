package io.technic.scanner.expr;

import io.technic.scanner.pattern.Breakouts;
import io.technic.scanner.pattern.Patterns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an editor needs to show a scan expression: the coloured tokens (never failing, even on
 * half-typed input), the first error with its place, and completion candidates for the word at
 * the caret. Pure and thread-safe.
 */
public final class Syntax {

    /** A token's role, for colouring. */
    public enum Kind { FUNCTION, FIELD, NAME, PATTERN, TIMEFRAME, KEYWORD, NUMBER, STRING, OPERATOR, UNKNOWN }

    /** Characters {@code [start, end)} of the source are one {@code kind} of token. */
    public record Span(Kind kind, int start, int end) {}

    /** A name the editor can insert: {@code text} replaces the word at the caret. */
    public record Completion(String text, String signature, Kind kind, String description) {}

    /** The first problem of an expression: the parser's or type checker's message, and its offset. */
    public record Problem(String message, int offset, int line, int column) {}

    private static final List<String> KEYWORDS = List.of("and", "or", "not", "in", "within", "bars", "true", "false");

    /** Functions with their parameters and a line of help, in the order completion offers them. */
    private static final Map<String, String[]> FUNCTIONS = new LinkedHashMap<>();

    static {
        fn("sma", "sma(n) / sma(x, n)", "simple moving average of close (or x) over n bars");
        fn("ema", "ema(n) / ema(x, n)", "exponential moving average");
        fn("rsi", "rsi(n=14)", "relative strength index, percent");
        fn("atr", "atr(n=14)", "average true range, price units");
        fn("roc", "roc(n) / roc(x, n)", "rate of change over n bars, percent");
        fn("rvol", "rvol(n=20)", "volume over its n-bar average");
        fn("highest", "highest(n) / highest(x, n)", "highest high (or x) of the last n bars");
        fn("lowest", "lowest(n) / lowest(x, n)", "lowest low (or x) of the last n bars");
        fn("abs", "abs(x)", "absolute value");
        fn("min", "min(a, b)", "smaller of two numbers");
        fn("max", "max(a, b)", "larger of two numbers");
        fn("crosses_above", "crosses_above(a, b)", "a moved above b on this bar");
        fn("crosses_below", "crosses_below(a, b)", "a moved below b on this bar");
    }

    private static void fn(String name, String signature, String help) {
        FUNCTIONS.put(name, new String[] {signature, help});
    }

    private Syntax() {}

    /**
     * The tokens of {@code src}, in order, with whitespace left out. Never throws: an unterminated
     * string runs to the end, a character the language does not know is {@link Kind#UNKNOWN}.
     */
    public static List<Span> highlight(String src, Program.Vocabulary vocabulary) {
        List<Span> out = new ArrayList<>();
        int n = src.length();
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(src.charAt(i + 1)))) {
                while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '.' || src.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Span(Kind.NUMBER, start, i));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Span(kindOfName(src.substring(start, i), i < n && src.charAt(i) == '.', vocabulary), start, i));
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && src.charAt(i) != c) {
                    i++;
                }
                i = Math.min(n, i + 1);
                out.add(new Span(Kind.STRING, start, i));
            } else if ("<>=!+-*/()[],.".indexOf(c) >= 0) {
                i++;
                if (i < n && src.charAt(i) == '=' && "<>=!".indexOf(c) >= 0) {
                    i++;
                }
                out.add(new Span(Kind.OPERATOR, start, i));
            } else {
                i++;
                out.add(new Span(Kind.UNKNOWN, start, i));
            }
        }
        return out;
    }

    private static Kind kindOfName(String name, boolean dotFollows, Program.Vocabulary v) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (dotFollows && List.of("daily", "weekly", "monthly").contains(lower)) {
            return Kind.TIMEFRAME;
        }
        if (KEYWORDS.contains(lower) || lower.equals("bar")) {
            return Kind.KEYWORD;
        }
        if (FUNCTIONS.containsKey(lower)) {
            return Kind.FUNCTION;
        }
        if (Program.FIELDS.contains(lower) || Program.TEXTS.contains(lower)) {
            return Kind.FIELD;
        }
        if (Patterns.byName(lower).isPresent() || Breakouts.byName(lower).isPresent()) {
            return Kind.PATTERN;
        }
        boolean known = v.scores().stream().anyMatch(s -> s.equalsIgnoreCase(name))
                || v.features().stream().anyMatch(s -> s.equalsIgnoreCase(name));
        return known ? Kind.NAME : Kind.UNKNOWN;
    }

    /** The first problem of {@code src} against {@code vocabulary}, or empty when it compiles. */
    public static Optional<Problem> check(String src, Program.Vocabulary vocabulary) {
        try {
            Program.compile(src, vocabulary);
            return Optional.empty();
        } catch (ExprException e) {
            return Optional.of(new Problem(e.getMessage(), e.offset(), e.line(), e.column()));
        }
    }

    /**
     * The word being typed at {@code caret}: {@code [start, caret)} of letters, digits and
     * underscores (empty when the caret follows another character).
     */
    public static int wordStart(String src, int caret) {
        int i = Math.min(caret, src.length());
        while (i > 0 && (Character.isLetterOrDigit(src.charAt(i - 1)) || src.charAt(i - 1) == '_')) {
            i--;
        }
        return i;
    }

    /**
     * Names that complete the word before {@code caret}, those starting with it first, then those
     * containing it; all names when the word is empty. After a timeframe prefix
     * ({@code weekly.}) only bar fields, indicators and patterns are offered.
     */
    public static List<Completion> complete(String src, int caret, Program.Vocabulary vocabulary) {
        int start = wordStart(src, caret);
        String word = src.substring(start, Math.min(caret, src.length())).toLowerCase(Locale.ROOT);
        boolean framed = start > 0 && src.charAt(start - 1) == '.';
        List<Completion> all = new ArrayList<>();
        for (String f : Program.FIELDS) {
            all.add(new Completion(f, f + ", " + f + "[k]", Kind.FIELD, "bar field (k bars ago)"));
        }
        FUNCTIONS.forEach((name, sig) -> all.add(new Completion(name, sig[0], Kind.FUNCTION, sig[1])));
        Patterns.all().forEach(p -> all.add(new Completion(p.name(), p.name() + " (" + p.taLibName() + ")",
                Kind.PATTERN, p.title())));
        Breakouts.all().forEach(b -> all.add(new Completion(b.name(), b.name(), Kind.PATTERN, b.title())));
        if (!framed) {
            for (String t : List.of("weekly", "monthly")) {
                all.add(new Completion(t + ".", t + ".term", Kind.TIMEFRAME, "a term on " + t + " bars"));
            }
            for (String t : Program.TEXTS) {
                all.add(new Completion(t, t + " == \"…\", " + t + " in (\"…\")", Kind.FIELD, "text of the symbol"));
            }
            vocabulary.scores().forEach(s -> all.add(new Completion(s, s, Kind.NAME, "score")));
            vocabulary.features().forEach(f -> all.add(new Completion(f, f, Kind.NAME, "feature")));
            for (String k : List.of("and", "or", "not", "within")) {
                all.add(new Completion(k, k.equals("within") ? "COND within N bars" : k, Kind.KEYWORD, "keyword"));
            }
        }
        if (word.isEmpty()) {
            return all;
        }
        List<Completion> prefix = new ArrayList<>();
        List<Completion> inner = new ArrayList<>();
        for (Completion c : all) {
            String t = c.text().toLowerCase(Locale.ROOT);
            if (t.startsWith(word)) {
                if (!t.equals(word)) {
                    prefix.add(c);
                }
            } else if (t.contains(word)) {
                inner.add(c);
            }
        }
        prefix.addAll(inner);
        return prefix;
    }
}
