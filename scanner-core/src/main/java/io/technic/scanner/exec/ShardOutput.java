package io.technic.scanner.exec;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The per-symbol part of a scan for a list of symbols (a shard or the whole universe): for each
 * symbol its prescreen verdict and, when it was computed, its feature row, per-symbol scores and
 * alpha forecasts. Everything here is a pure function of the symbol's own bars, so shards can
 * be computed anywhere (a pool thread, a worker, a Lambda) and merged with {@link #merge}; the
 * cross-sectional stages run after the merge. Arrays are owned by this object and never
 * mutated after construction is finished; not thread-safe while being filled.
 */
public final class ShardOutput {

    /** Slot state: prescreen passed and the row is finite: it takes part in ranking. */
    public static final byte COMPUTED = 0;
    /** Slot state: removed by a universe filter ({@link #code} names it). */
    public static final byte FILTERED = 1;
    /** Slot state: skipped before computing ({@link #code} is the {@code SkipReason} name). */
    public static final byte SKIPPED = 2;
    /** Slot state: computed, but a required feature is non-finite ({@link #code} lists them). */
    public static final byte UNDEFINED = 3;

    private final List<String> symbols;
    private final int cols;
    private final int nScores;
    private final int nModels;
    final byte[] state;
    final String[] code;
    final String[] detail;
    final double[] features;
    final double[] scores;
    final float[] forecasts;
    /** Feature rows of this output taken from the scan cache (0 when none or unknown). */
    int rowCacheHits;

    /**
     * An empty output for {@code symbols} (all slots {@link #SKIPPED} with no detail until set).
     *
     * @param cols    feature columns per row
     * @param nScores per-symbol scores per row
     * @param nModels alpha forecasts per row
     */
    public ShardOutput(List<String> symbols, int cols, int nScores, int nModels) {
        this.symbols = List.copyOf(symbols);
        int n = this.symbols.size();
        this.cols = cols;
        this.nScores = nScores;
        this.nModels = nModels;
        this.state = new byte[n];
        Arrays.fill(state, SKIPPED);
        this.code = new String[n];
        this.detail = new String[n];
        this.features = new double[n * cols];
        this.scores = new double[n * nScores];
        this.forecasts = new float[n * nModels];
    }

    public List<String> symbols() {
        return symbols;
    }

    public int size() {
        return symbols.size();
    }

    public int cols() {
        return cols;
    }

    public int scoreCount() {
        return nScores;
    }

    public int modelCount() {
        return nModels;
    }

    public byte state(int slot) {
        return state[slot];
    }

    /** The filter name, skip reason name or undefined feature list of a slot; null when computed. */
    public String code(int slot) {
        return code[slot];
    }

    public String detail(int slot) {
        return detail[slot];
    }

    /** Whether the slot holds a feature row (COMPUTED or UNDEFINED). */
    public boolean hasRow(int slot) {
        return state[slot] == COMPUTED || state[slot] == UNDEFINED;
    }

    /** Feature rows of this output that came from the scan cache instead of being computed. */
    public int rowCacheHits() {
        return rowCacheHits;
    }

    /** Sets a slot that ended before computing. */
    public void setVerdict(int slot, byte st, String c, String d) {
        if (st != FILTERED && st != SKIPPED) {
            throw new IllegalArgumentException("verdict must be FILTERED or SKIPPED: " + st);
        }
        state[slot] = st;
        code[slot] = Objects.requireNonNull(c, "code");
        detail[slot] = d == null ? "" : d;
    }

    /**
     * Sets a computed slot from flat arrays.
     *
     * @param undefined null when every required feature is finite, else their names
     */
    public void setRow(int slot, double[] f, int fOff, double[] sc, int scOff, float[] fc, int fcOff,
                       String undefined) {
        state[slot] = undefined == null ? COMPUTED : UNDEFINED;
        code[slot] = undefined;
        detail[slot] = null;
        System.arraycopy(f, fOff, features, slot * cols, cols);
        System.arraycopy(sc, scOff, scores, slot * nScores, nScores);
        System.arraycopy(fc, fcOff, forecasts, slot * nModels, nModels);
    }

    /** Flat feature matrix ({@code size() × cols()}); read only. */
    public double[] features() {
        return features;
    }

    /** Flat per-symbol scores ({@code size() × scoreCount()}); read only. */
    public double[] scores() {
        return scores;
    }

    /** Flat forecasts ({@code size() × modelCount()}); read only. */
    public float[] forecasts() {
        return forecasts;
    }

    /**
     * Merges shard outputs into one over {@code symbols}: every symbol must come from exactly one
     * part, with the same row shape.
     *
     * @throws IllegalArgumentException if a symbol is missing, duplicated, unknown or shapes differ
     */
    public static ShardOutput merge(List<String> symbols, List<ShardOutput> parts) {
        if (parts.isEmpty()) {
            if (!symbols.isEmpty()) {
                throw new IllegalArgumentException("no parts for " + symbols.size() + " symbols");
            }
            return new ShardOutput(symbols, 0, 0, 0);
        }
        ShardOutput first = parts.getFirst();
        ShardOutput out = new ShardOutput(symbols, first.cols, first.nScores, first.nModels);
        java.util.Map<String, Integer> slotOf = new java.util.HashMap<>(symbols.size() * 2);
        for (int i = 0; i < symbols.size(); i++) {
            if (slotOf.put(symbols.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate symbol in merge target: " + symbols.get(i));
            }
        }
        boolean[] filled = new boolean[symbols.size()];
        for (ShardOutput p : parts) {
            if (p.cols != out.cols || p.nScores != out.nScores || p.nModels != out.nModels) {
                throw new IllegalArgumentException("shard shapes differ: " + p.cols + "/" + p.nScores + "/"
                        + p.nModels + " vs " + out.cols + "/" + out.nScores + "/" + out.nModels);
            }
            for (int j = 0; j < p.size(); j++) {
                String s = p.symbols.get(j);
                Integer i = slotOf.get(s);
                if (i == null) {
                    throw new IllegalArgumentException("symbol " + s + " was not asked for");
                }
                if (filled[i]) {
                    throw new IllegalArgumentException("symbol " + s + " came back twice");
                }
                filled[i] = true;
                out.state[i] = p.state[j];
                out.code[i] = p.code[j];
                out.detail[i] = p.detail[j];
                System.arraycopy(p.features, j * p.cols, out.features, i * out.cols, out.cols);
                System.arraycopy(p.scores, j * p.nScores, out.scores, i * out.nScores, out.nScores);
                System.arraycopy(p.forecasts, j * p.nModels, out.forecasts, i * out.nModels, out.nModels);
            }
        }
        for (int i = 0; i < filled.length; i++) {
            if (!filled[i]) {
                throw new IllegalArgumentException("symbol " + symbols.get(i) + " is missing from every shard");
            }
        }
        return out;
    }
}
