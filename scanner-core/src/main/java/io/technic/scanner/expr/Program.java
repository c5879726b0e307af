package io.technic.scanner.expr;

import io.technic.scanner.indicator.Atr;
import io.technic.scanner.indicator.Ema;
import io.technic.scanner.indicator.RelativeVolume;
import io.technic.scanner.indicator.Roc;
import io.technic.scanner.indicator.RollingMax;
import io.technic.scanner.indicator.RollingMin;
import io.technic.scanner.indicator.Rsi;
import io.technic.scanner.indicator.Sma;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.Timeframe;
import io.technic.scanner.pattern.Breakouts;
import io.technic.scanner.pattern.Patterns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A type-checked scan expression compiled to column operations. Each node of the tree becomes an
 * operation over a window of a symbol's bars, computed for a whole range of bars at once with the
 * engine's own indicator kernels — never interpreted bar by bar. A demand pass sizes each node's
 * range: the root needs one bar (the as-of bar), {@code sma(x, 50)} asks its input for 49 more,
 * {@code within 3 bars} for 2 more, {@code x[1]} for 1 more; the recursive indicators (EMA, RSI,
 * ATR) read the symbol's whole look-back window, exactly as the scan's own features do.
 *
 * <p>Values are doubles; booleans are 1 and 0, and NaN is "unknown" (too little history):
 * comparisons with an unknown are unknown, {@code and}/{@code or} follow three-valued logic, and
 * an unknown result does not pass a filter.
 *
 * <p>Thread-safe: evaluation state lives in a per-call {@link Workspace}.
 */
public final class Program {

    /** The type of an expression. */
    public enum Type { NUMBER, BOOLEAN, TEXT }

    /** Names a program can read besides bar fields and functions. */
    public record Vocabulary(List<String> features, List<String> scores) {

        public Vocabulary {
            features = List.copyOf(features);
            scores = List.copyOf(scores);
        }
    }

    static final List<String> FIELDS = List.of("open", "high", "low", "close", "volume");
    static final List<String> TEXTS = List.of("symbol", "name", "sector", "industry");
    static final List<String> FUNCTIONS = List.of("sma", "ema", "rsi", "atr", "roc", "rvol", "highest", "lowest",
            "abs", "min", "max", "crosses_above", "crosses_below");

    private final String source;
    private final Op root;
    private final int ops;

    private Program(String source, Op root, int ops) {
        this.source = source;
        this.root = root;
        this.ops = ops;
    }

    /**
     * Parses and type-checks {@code source}.
     *
     * @throws ExprException naming the problem with line:column
     */
    public static Program compile(String source, Vocabulary vocabulary) {
        Ast ast = Parser.parse(source);
        Compiler c = new Compiler(source, vocabulary, null);
        Op root = c.compile(ast);
        return new Program(source, root, c.count);
    }

    /**
     * Parses and type-checks {@code source} for an evaluation over bars alone (no scan row
     * values): bar fields, indicators, functions and the text fields. A name of {@code refused}
     * (the scan's per-symbol features and scores) is an error that says {@code '<name>' <why>}.
     *
     * @throws ExprException naming the problem with line:column
     */
    public static Program compileBarsOnly(String source, Vocabulary refused, String why) {
        Ast ast = Parser.parse(source);
        Compiler c = new Compiler(source, refused, why);
        Op root = c.compile(ast);
        return new Program(source, root, c.count);
    }

    public String source() {
        return source;
    }

    public Type type() {
        return root.type;
    }

    /** Bars of history the expression reads before the as-of bar, or -1 when it reads the whole window. */
    public int lookback() {
        return root.reach(0);
    }

    /** Scratch arrays for evaluating on one thread; reuse across symbols. */
    public Workspace workspace() {
        return new Workspace(ops);
    }

    /**
     * The value at bar {@code at} of a symbol whose look-back window starts at {@code from}: a
     * number, or 1/0 for a condition, NaN when unknown.
     *
     * @param bars the market's bars; {@code from <= at} are flat indices of one symbol
     * @param row  the symbol's scan row (features, scores and metadata)
     */
    public double evaluate(BarColumns bars, int from, int at, ScanRow row, Workspace ws) {
        int need = root.reach(0);
        int start = need < 0 ? from : Math.max(from, at - need);
        ws.bind(bars, start, at + 1 - start, row);
        root.eval(ws, ws.width - 1);
        return root.out(ws)[ws.width - 1];
    }

    /**
     * The values at every bar of {@code [from, to)} of one symbol, computed once over the whole
     * range: {@code out[i - from]} is the value at bar {@code i}, a number, 1/0 for a condition, or
     * NaN. Every operation is causal, so the value at bar {@code i} reads only bars
     * {@code from..i}: it is {@link #evaluate} at {@code i} with the look-back window starting at
     * {@code from} (equal up to the rounding of running sums), and bars after {@code i} never
     * change it. The recursive indicators (EMA, RSI, ATR) are seeded at {@code from}.
     *
     * @param out at least {@code to - from} long
     * @throws IllegalStateException for a text expression
     */
    public void evaluateSeries(BarColumns bars, int from, int to, ScanRow row, Workspace ws, double[] out) {
        if (root.type == Type.TEXT) {
            throw new IllegalStateException("a text expression has no values");
        }
        if (to <= from) {
            return;
        }
        ws.bind(bars, from, to - from, row);
        root.eval(ws, 0);
        System.arraycopy(root.out(ws), 0, out, 0, to - from);
    }

    /** Per-thread evaluation state: the symbol's window of bars and one buffer per operation. */
    public static final class Workspace {
        private final double[][] buffers;
        private final double[][] fields = new double[5][];
        private final boolean[] loaded = new boolean[5];
        private int[] ints = new int[64];
        private BarColumns bars;
        private int start;
        int width;
        ScanRow row;

        private final Object[] state;

        Workspace(int ops) {
            buffers = new double[ops][];
            state = new Object[ops];
        }

        void bind(BarColumns b, int start, int width, ScanRow row) {
            this.bars = b;
            this.start = start;
            this.width = width;
            this.row = row;
            Arrays.fill(loaded, false);
        }

        /** Binds ready-made columns (open, high, low, close, volume), e.g. resampled bars, of {@code width} bars. */
        void bindColumns(double[][] columns, int width, ScanRow row) {
            this.bars = null;
            this.start = 0;
            this.width = width;
            this.row = row;
            for (int k = 0; k < 5; k++) {
                fields[k] = columns[k];
                loaded[k] = true;
            }
        }

        /** Epoch days of the bound window's bars (daily bindings only). */
        int day(int i) {
            return bars.day()[start + i];
        }

        /** Number of operation slots. */
        int ops() {
            return buffers.length;
        }

        /** Per-operation state kept across symbols (e.g. a timeframe's resampling buffers). */
        Object state(int id) {
            return state[id];
        }

        void state(int id, Object value) {
            state[id] = value;
        }

        double[] buffer(int id) {
            double[] b = buffers[id];
            if (b == null || b.length < width) {
                b = new double[Math.max(width, 64)];
                buffers[id] = b;
            }
            return b;
        }

        /** Integer scratch of at least the window's width (pattern outputs). */
        int[] ints() {
            if (ints.length < width) {
                ints = new int[width];
            }
            return ints;
        }

        double[] field(int k) {
            if (!loaded[k]) {
                double[] src = switch (k) {
                    case 0 -> bars.open();
                    case 1 -> bars.high();
                    case 2 -> bars.low();
                    case 3 -> bars.close();
                    default -> bars.volume();
                };
                double[] f = fields[k];
                if (f == null || f.length < width) {
                    f = new double[Math.max(width, 64)];
                    fields[k] = f;
                }
                System.arraycopy(src, start, f, 0, width);
                loaded[k] = true;
            }
            return fields[k];
        }
    }

    // ---------------------------------------------------------------- operations

    /** A compiled node: computes its values for bars {@code [first, width)} of the workspace window. */
    abstract static class Op {
        final int id;
        final Type type;

        Op(int id, Type type) {
            this.id = id;
            this.type = type;
        }

        /** Bars before the first output this node reads, given {@code extra} already asked for; -1 = the whole window. */
        abstract int reach(int extra);

        abstract void eval(Workspace ws, int first);

        double[] out(Workspace ws) {
            return ws.buffer(id);
        }

        /** The text value (TEXT nodes only). */
        String text(Workspace ws) {
            throw new IllegalStateException("not a text node");
        }
    }

    static int combine(int a, int b) {
        return a < 0 || b < 0 ? -1 : Math.max(a, b);
    }

    /** A bar field: the window's own column. */
    static final class Field extends Op {
        final int k;

        Field(int id, int k) {
            super(id, Type.NUMBER);
            this.k = k;
        }

        @Override
        int reach(int extra) {
            return extra;
        }

        @Override
        void eval(Workspace ws, int first) {
        }

        @Override
        double[] out(Workspace ws) {
            return ws.field(k);
        }
    }

    /** A per-symbol constant: a literal, a feature or score of the row, or a text comparison. */
    static final class Constant extends Op {
        final java.util.function.ToDoubleFunction<Workspace> value;

        Constant(int id, Type type, java.util.function.ToDoubleFunction<Workspace> value) {
            super(id, type);
            this.value = value;
        }

        @Override
        int reach(int extra) {
            return 0;
        }

        @Override
        void eval(Workspace ws, int first) {
            Arrays.fill(ws.buffer(id), Math.max(0, first), ws.width, value.applyAsDouble(ws));
        }
    }

    /** A text field of the symbol. */
    static final class TextField extends Op {
        final String field;

        TextField(int id, String field) {
            super(id, Type.TEXT);
            this.field = field;
        }

        @Override
        int reach(int extra) {
            return 0;
        }

        @Override
        void eval(Workspace ws, int first) {
        }

        @Override
        String text(Workspace ws) {
            var info = ws.row.info();
            return switch (field) {
                case "symbol" -> info.symbol();
                case "name" -> info.name();
                case "sector" -> info.sector();
                default -> info.industry();
            };
        }
    }

    /** An indicator kernel over one input series. */
    static final class Kernel extends Op {
        interface Fn {
            void apply(Workspace ws, double[] in, int from, int to, double[] out);
        }

        final Op input;
        final int lookback;     // bars the kernel needs before its first output; -1: whole window
        final Fn fn;

        Kernel(int id, Op input, int lookback, Fn fn) {
            super(id, Type.NUMBER);
            this.input = input;
            this.lookback = lookback;
            this.fn = fn;
        }

        @Override
        int reach(int extra) {
            return lookback < 0 ? -1 : input.reach(extra + lookback);
        }

        @Override
        void eval(Workspace ws, int first) {
            int from = lookback < 0 ? 0 : Math.max(0, first - lookback);
            input.eval(ws, from);
            double[] in = input.out(ws);
            double[] out = ws.buffer(id);
            if (lookback < 0) {
                // recursive: start at the input's first defined value, as the kernels expect
                while (from < ws.width && Double.isNaN(in[from])) {
                    from++;
                }
                Arrays.fill(out, 0, from, Double.NaN);
            }
            fn.apply(ws, in, from, ws.width, out);
        }
    }

    /**
     * A candlestick or breakout pattern: TA-Lib's integer output as a number (+100 or +200
     * bullish, -100 or -200 bearish, 0 none; dojis give +100 for "present"), unknown (NaN) where
     * the window is too short for the pattern. Evaluated over the symbol's whole look-back window,
     * like {@code technic patterns} and TA-Lib over the full series, so its rolling candle averages
     * are the same.
     */
    static final class PatternOp extends Op {
        final int lookback;
        final Breakouts.Kernel kernel;

        PatternOp(int id, int lookback, Breakouts.Kernel kernel) {
            super(id, Type.NUMBER);
            this.lookback = lookback;
            this.kernel = kernel;
        }

        @Override
        int reach(int extra) {
            return -1;
        }

        @Override
        void eval(Workspace ws, int first) {
            int w = ws.width;
            int[] raw = ws.ints();
            kernel.compute(ws.field(0), ws.field(1), ws.field(2), ws.field(3), ws.field(4), 0, w, raw);
            double[] out = ws.buffer(id);
            for (int i = Math.max(0, first); i < w; i++) {
                out[i] = i < lookback ? Double.NaN : raw[i];
            }
        }
    }

    /** Lanewise arithmetic, comparison or logic over two inputs. */
    static final class Lanewise extends Op {
        final String op;
        final Op a;
        final Op b;

        Lanewise(int id, Type type, String op, Op a, Op b) {
            super(id, type);
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        int reach(int extra) {
            int lag = op.startsWith("crosses") ? 1 : 0;
            return combine(a.reach(extra + lag), b.reach(extra + lag));
        }

        @Override
        void eval(Workspace ws, int first) {
            int lag = op.startsWith("crosses") ? 1 : 0;
            int from = Math.max(0, first - lag);
            a.eval(ws, from);
            b.eval(ws, from);
            double[] x = a.out(ws);
            double[] y = b.out(ws);
            double[] out = ws.buffer(id);
            int w = ws.width;
            first = Math.max(0, first);
            switch (op) {
                case "+" -> { for (int i = first; i < w; i++) { out[i] = x[i] + y[i]; } }
                case "-" -> { for (int i = first; i < w; i++) { out[i] = x[i] - y[i]; } }
                case "*" -> { for (int i = first; i < w; i++) { out[i] = x[i] * y[i]; } }
                case "/" -> { for (int i = first; i < w; i++) { out[i] = x[i] / y[i]; } }
                case "min" -> { for (int i = first; i < w; i++) { out[i] = Math.min(x[i], y[i]); } }
                case "max" -> { for (int i = first; i < w; i++) { out[i] = Math.max(x[i], y[i]); } }
                case ">" -> { for (int i = first; i < w; i++) { out[i] = cmp(x[i], y[i], x[i] > y[i]); } }
                case "<" -> { for (int i = first; i < w; i++) { out[i] = cmp(x[i], y[i], x[i] < y[i]); } }
                case ">=" -> { for (int i = first; i < w; i++) { out[i] = cmp(x[i], y[i], x[i] >= y[i]); } }
                case "<=" -> { for (int i = first; i < w; i++) { out[i] = cmp(x[i], y[i], x[i] <= y[i]); } }
                case "==" -> { for (int i = first; i < w; i++) { out[i] = cmp(x[i], y[i], x[i] == y[i]); } }
                case "!=" -> { for (int i = first; i < w; i++) { out[i] = cmp(x[i], y[i], x[i] != y[i]); } }
                case "and" -> { for (int i = first; i < w; i++) { out[i] = and(x[i], y[i]); } }
                case "or" -> { for (int i = first; i < w; i++) { out[i] = or(x[i], y[i]); } }
                case "crosses_above", "crosses_below" -> {
                    boolean up = op.equals("crosses_above");
                    for (int i = first; i < w; i++) {
                        if (i == 0) {
                            out[i] = Double.NaN;
                            continue;
                        }
                        double d0 = x[i - 1] - y[i - 1];
                        double d1 = x[i] - y[i];
                        out[i] = Double.isNaN(d0) || Double.isNaN(d1) ? Double.NaN
                                : (up ? d0 <= 0 && d1 > 0 : d0 >= 0 && d1 < 0) ? 1 : 0;
                    }
                }
                default -> throw new IllegalStateException(op);
            }
        }

        private static double cmp(double x, double y, boolean r) {
            return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : r ? 1 : 0;
        }

        private static double and(double x, double y) {
            if (x == 0 || y == 0) {
                return 0;
            }
            return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : 1;
        }

        private static double or(double x, double y) {
            if (x == 1 || y == 1) {
                return 1;
            }
            return Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : 0;
        }
    }

    /** One-input lanewise operations and the bar-shifting ones. */
    static final class Unary extends Op {
        final String op;
        final Op a;
        final int bars;

        Unary(int id, Type type, String op, Op a, int bars) {
            super(id, type);
            this.op = op;
            this.a = a;
            this.bars = bars;
        }

        private int span() {
            return switch (op) {
                case "ago" -> bars;
                case "within" -> bars - 1;
                default -> 0;
            };
        }

        @Override
        int reach(int extra) {
            return a.reach(extra + span());
        }

        @Override
        void eval(Workspace ws, int first) {
            first = Math.max(0, first);
            a.eval(ws, Math.max(0, first - span()));
            double[] x = a.out(ws);
            double[] out = ws.buffer(id);
            int w = ws.width;
            switch (op) {
                case "neg" -> { for (int i = first; i < w; i++) { out[i] = -x[i]; } }
                case "abs" -> { for (int i = first; i < w; i++) { out[i] = Math.abs(x[i]); } }
                case "not" -> { for (int i = first; i < w; i++) { out[i] = Double.isNaN(x[i]) ? Double.NaN : 1 - x[i]; } }
                case "ago" -> { for (int i = first; i < w; i++) { out[i] = i - bars >= 0 ? x[i - bars] : Double.NaN; } }
                case "within" -> {
                    for (int i = first; i < w; i++) {
                        double r = 0;
                        for (int k = Math.max(0, i - bars + 1); k <= i && r != 1; k++) {
                            r = Lanewise.or(r, x[k]);
                        }
                        out[i] = i - bars + 1 < 0 && r != 1 ? Double.NaN : r;
                    }
                }
                default -> throw new IllegalStateException(op);
            }
        }
    }

    // ---------------------------------------------------------------- compiler

    /** Type-checks the tree and builds its operations. */
    private static final class Compiler {
        private final String src;
        private final Map<String, String> features = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final Map<String, String> scores = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private final List<String> schema;
        private final String refusal;
        private Timeframe frame;    // the timeframe prefix being compiled, null outside one
        int count;

        /** @param refusal null to resolve the vocabulary's names, else why they are refused */
        Compiler(String src, Vocabulary v, String refusal) {
            this.src = src;
            this.refusal = refusal;
            this.schema = v.features();
            v.features().forEach(f -> features.put(f, f));
            v.scores().forEach(s -> scores.put(s, s));
        }

        Op compile(Ast node) {
            return switch (node) {
                case Ast.Num n -> constant(Type.NUMBER, ws -> n.value());
                case Ast.Bool b -> constant(Type.BOOLEAN, ws -> b.value() ? 1 : 0);
                case Ast.Text t -> throw error("a quoted name can only be compared with a text field (sector == \""
                        + t.value() + "\")", node);
                case Ast.Name n -> name(n);
                case Ast.Call c -> call(c);
                case Ast.Unary u -> u.op().equals("not")
                        ? new Unary(count++, Type.BOOLEAN, "not", expect(u.operand(), Type.BOOLEAN), 0)
                        : new Unary(count++, Type.NUMBER, "neg", expect(u.operand(), Type.NUMBER), 0);
                case Ast.Binary b -> binary(b);
                case Ast.Ago a -> {
                    Op x = compile(a.series());
                    if (x.type == Type.TEXT) {
                        throw error("a text field has no earlier bars", a);
                    }
                    yield new Unary(count++, x.type, "ago", x, a.bars());
                }
                case Ast.Frame f -> frame(f);
                case Ast.Within w -> new Unary(count++, Type.BOOLEAN, "within", expect(w.condition(), Type.BOOLEAN),
                        w.bars());
                case Ast.In in -> {
                    Op v = compile(in.value());
                    if (v.type != Type.TEXT) {
                        throw error("'in' needs a text field on its left (symbol, name, sector, industry)", in);
                    }
                    List<String> options = in.options();
                    yield constant(Type.BOOLEAN, ws -> contains(options, v.text(ws)) ? 1 : 0);
                }
            };
        }

        private Op frame(Ast.Frame f) {
            Timeframe tf = Timeframe.byKey(f.timeframe()).orElseThrow();
            if (tf == Timeframe.DAILY) {
                return compile(f.term());
            }
            if (frame != null) {
                throw error("a timeframe inside " + frame.key() + ". is not supported: write the prefix once, outside", f);
            }
            frame = tf;
            Op term;
            try {
                term = compile(f.term());
            } finally {
                frame = null;
            }
            if (term.type == Type.TEXT) {
                throw error("a text field has no " + tf.key() + " bars", f);
            }
            return new TimeframeOp(count++, tf, term);
        }

        private static boolean contains(List<String> options, String s) {
            for (String o : options) {
                if (o.equalsIgnoreCase(s)) {
                    return true;
                }
            }
            return false;
        }

        private Op constant(Type t, java.util.function.ToDoubleFunction<Workspace> f) {
            return new Constant(count++, t, f);
        }

        private Op name(Ast.Name n) {
            String lower = n.name().toLowerCase(Locale.ROOT);
            int field = FIELDS.indexOf(lower);
            if (field >= 0) {
                return new Field(count++, field);
            }
            if (TEXTS.contains(lower)) {
                if (frame != null) {
                    throw error("'" + n.name() + "' is one text per symbol, not a " + frame.key()
                            + " series: write it without '" + frame.key() + ".'", n);
                }
                return new TextField(count++, lower);
            }
            if (FUNCTIONS.contains(lower)) {
                return call(new Ast.Call(n.name(), List.of(), n.offset()));
            }
            if (frame != null && (scores.containsKey(n.name()) || features.containsKey(n.name()))) {
                throw error("'" + n.name() + "' is one value per symbol from the daily scan, not a " + frame.key()
                        + " series: write it without '" + frame.key() + ".'", n);
            }
            if (refusal != null && (scores.containsKey(n.name()) || features.containsKey(n.name()))) {
                throw new ExprException("'" + n.name() + "' " + refusal, src, n.offset());
            }
            String score = scores.get(n.name());
            if (score != null) {
                return constant(Type.NUMBER, ws -> {
                    Double v = ws.row.scores().get(score);
                    return v == null ? Double.NaN : v;
                });
            }
            String feature = features.get(n.name());
            if (feature != null) {
                int idx = schema.indexOf(feature);
                return constant(Type.NUMBER, ws -> ws.row.features()[idx]);
            }
            Op pattern = pattern(lower);
            if (pattern != null) {
                return pattern;
            }
            throw new ExprException("unknown name '" + n.name() + "'", suggestion(n.name()), src, n.offset());
        }

        /** A candlestick pattern by key or TA-Lib name, or a breakout pattern by key; null when none. */
        private Op pattern(String lower) {
            var candle = Patterns.byName(lower);
            if (candle.isPresent()) {
                var p = candle.get();
                return new PatternOp(count++, p.lookback(), (o, h, l, c, v, f, t, out) -> p.compute(o, h, l, c, f, t, out));
            }
            return Breakouts.byName(lower).map(b -> (Op) new PatternOp(count++, b.lookback(), b.kernel())).orElse(null);
        }

        private Op binary(Ast.Binary b) {
            String op = b.op();
            if (op.equals("and") || op.equals("or")) {
                return new Lanewise(count++, Type.BOOLEAN, op, expect(b.left(), Type.BOOLEAN),
                        expect(b.right(), Type.BOOLEAN));
            }
            boolean comparison = List.of(">", "<", ">=", "<=", "==", "!=").contains(op);
            if (comparison && (b.left() instanceof Ast.Text || b.right() instanceof Ast.Text)) {
                return textComparison(b);
            }
            Op l = expect(b.left(), Type.NUMBER);
            Op r = expect(b.right(), Type.NUMBER);
            return new Lanewise(count++, comparison ? Type.BOOLEAN : Type.NUMBER, op, l, r);
        }

        private Op textComparison(Ast.Binary b) {
            if (!b.op().equals("==") && !b.op().equals("!=")) {
                throw error("text can only be compared with == or !=", b);
            }
            Ast other = b.left() instanceof Ast.Text ? b.right() : b.left();
            String literal = ((Ast.Text) (b.left() instanceof Ast.Text ? b.left() : b.right())).value();
            Op v = compile(other);
            if (v.type != Type.TEXT) {
                throw error("a quoted name can only be compared with a text field (symbol, name, sector, industry)", b);
            }
            boolean eq = b.op().equals("==");
            return constant(Type.BOOLEAN, ws -> v.text(ws).equalsIgnoreCase(literal) == eq ? 1 : 0);
        }

        private Op call(Ast.Call c) {
            String f = c.name().toLowerCase(Locale.ROOT);
            List<Ast> args = c.args();
            if (FIELDS.contains(f)) {
                arity(c, 0, 0);
                return new Field(count++, FIELDS.indexOf(f));
            }
            switch (f) {
                case "sma", "ema", "roc" -> {
                    arity(c, 1, 2);
                    Op in = args.size() == 2 ? expect(args.get(0), Type.NUMBER) : new Field(count++, 3);
                    int n = period(c, args.getLast(), 1);
                    return switch (f) {
                        case "sma" -> new Kernel(count++, in, n - 1, (ws, x, a, b, out) -> Sma.compute(x, a, b, n, out));
                        case "ema" -> new Kernel(count++, in, -1, (ws, x, a, b, out) -> Ema.compute(x, a, b, n, out));
                        default -> new Kernel(count++, in, Roc.lookback(n), (ws, x, a, b, out) -> Roc.compute(x, a, b, n, out));
                    };
                }
                case "rsi" -> {
                    arity(c, 0, 1);
                    int n = args.isEmpty() ? 14 : period(c, args.getFirst(), 2);
                    return new Kernel(count++, new Field(count++, 3), -1, (ws, x, a, b, out) -> Rsi.compute(x, a, b, n, out));
                }
                case "atr" -> {
                    arity(c, 0, 1);
                    int n = args.isEmpty() ? 14 : period(c, args.getFirst(), 1);
                    return new Kernel(count++, new Field(count++, 3), -1,
                            (ws, x, a, b, out) -> Atr.compute(ws.field(1), ws.field(2), x, a, b, n, out));
                }
                case "rvol" -> {
                    arity(c, 0, 1);
                    int n = args.isEmpty() ? 20 : period(c, args.getFirst(), 1);
                    return new Kernel(count++, new Field(count++, 4), RelativeVolume.lookback(n),
                            (ws, x, a, b, out) -> RelativeVolume.compute(x, a, b, n, out));
                }
                case "highest", "lowest" -> {
                    arity(c, 1, 2);
                    boolean hi = f.equals("highest");
                    Op in = args.size() == 2 ? expect(args.get(0), Type.NUMBER) : new Field(count++, hi ? 1 : 2);
                    int n = period(c, args.getLast(), 1);
                    return new Kernel(count++, in, n - 1, hi
                            ? (ws, x, a, b, out) -> RollingMax.compute(x, a, b, n, out)
                            : (ws, x, a, b, out) -> RollingMin.compute(x, a, b, n, out));
                }
                case "abs" -> {
                    arity(c, 1, 1);
                    return new Unary(count++, Type.NUMBER, "abs", expect(args.getFirst(), Type.NUMBER), 0);
                }
                case "min", "max" -> {
                    arity(c, 2, 2);
                    return new Lanewise(count++, Type.NUMBER, f, expect(args.get(0), Type.NUMBER),
                            expect(args.get(1), Type.NUMBER));
                }
                case "crosses_above", "crosses_below" -> {
                    arity(c, 2, 2);
                    return new Lanewise(count++, Type.BOOLEAN, f, expect(args.get(0), Type.NUMBER),
                            expect(args.get(1), Type.NUMBER));
                }
                default -> throw new ExprException("unknown function '" + c.name() + "'", suggestion(c.name()), src, c.offset());
            }
        }

        private void arity(Ast.Call c, int min, int max) {
            int n = c.args().size();
            if (n < min || n > max) {
                String want = min == max ? String.valueOf(min) : min + " to " + max;
                throw error(c.name() + " takes " + want + " argument" + (max == 1 ? "" : "s") + ", got " + n, c);
            }
        }

        private int period(Ast.Call c, Ast arg, int min) {
            if (!(arg instanceof Ast.Num num) || num.value() != Math.rint(num.value()) || num.value() < min
                    || num.value() > 5_000) {
                throw error(c.name() + "'s period must be a whole number from " + min + " to 5000", arg);
            }
            return (int) num.value();
        }

        private Op expect(Ast node, Type t) {
            Op op = compile(node);
            if (op.type != t) {
                throw error("expected " + article(t) + " but this is " + article(op.type), node);
            }
            return op;
        }

        private static String article(Type t) {
            return switch (t) {
                case NUMBER -> "a number";
                case BOOLEAN -> "a condition";
                case TEXT -> "text";
            };
        }

        private String suggestion(String name) {
            List<String> all = new ArrayList<>(FUNCTIONS);
            all.addAll(FIELDS);
            all.addAll(TEXTS);
            all.addAll(scores.keySet());
            all.addAll(features.keySet());
            Patterns.all().forEach(p -> all.add(p.name()));
            Breakouts.all().forEach(b -> all.add(b.name()));
            String best = all.stream()
                    .min(Comparator.comparingInt((String s) -> distance(s.toLowerCase(Locale.ROOT),
                            name.toLowerCase(Locale.ROOT))))
                    .orElse(null);
            return best != null && distance(best.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) <= 2
                    ? ", did you mean '" + best + "'?" : "";
        }

        private ExprException error(String problem, Ast at) {
            return new ExprException(problem, src, at.offset());
        }
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
