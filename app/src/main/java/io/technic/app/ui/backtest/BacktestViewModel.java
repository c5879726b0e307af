package io.technic.app.ui.backtest;

import io.technic.scanner.backtest.Backtest;
import io.technic.scanner.backtest.BacktestResult;
import io.technic.scanner.backtest.BacktestSpec;
import io.technic.scanner.backtest.BacktestWriters;
import io.technic.scanner.export.AtomicFile;
import io.technic.scanner.model.Market;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The backtest form, its run and what the screen shows: the result, a statistics table (one row
 * per measure, one column per forward horizon) and a summary line. The market loads and the
 * backtest runs off the FX thread; results land through the FX executor. Exports are written
 * atomically on the background executor.
 */
public final class BacktestViewModel {

    /** One row of the statistics table: a measure and its value per horizon (1, 5, 10, 20 days). */
    public record StatRow(String measure, List<String> values) {
        public StatRow {
            values = List.copyOf(values);
        }
    }

    /** What an export writes. */
    public enum ExportKind { JSON, PICKS_CSV, EQUITY_CSV }

    private final Function<String, CompletableFuture<Market>> markets;
    private final Supplier<String> source;
    private final Executor background;
    private final Executor fx;

    private final StringProperty where = new SimpleStringProperty(this, "where", "close > sma(200) and rsi(14) < 40");
    private final StringProperty rankBy = new SimpleStringProperty(this, "rankBy", "roc(close[21], 231) desc");
    private final StringProperty top = new SimpleStringProperty(this, "top", "20");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty hold = new SimpleStringProperty(this, "hold", "1");
    private final StringProperty costBps = new SimpleStringProperty(this, "costBps", "10");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not run yet");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<BacktestResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<StatRow> stats = FXCollections.observableArrayList();

    /**
     * @param markets    loads a source spec's market off the caller's thread
     * @param source     the source spec to backtest on (the scan form's)
     * @param background where the backtest runs and exports are written
     * @param fx         the FX-thread executor
     */
    public BacktestViewModel(Function<String, CompletableFuture<Market>> markets, Supplier<String> source,
                             Executor background, Executor fx) {
        this.markets = Objects.requireNonNull(markets, "markets");
        this.source = Objects.requireNonNull(source, "source");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /**
     * Runs the backtest of the form; completes with the result, or exceptionally with the problem,
     * which the status names either way. Bad input fails at once, before any data loads.
     */
    public CompletableFuture<BacktestResult> run() {
        String src = source.get();
        int n;
        int h;
        double bps;
        try {
            n = whole(top.get(), "Top N");
            h = whole(hold.get(), "Hold");
            bps = number(costBps.get(), "Cost (bps)");
            LocalDate f = from.get() != null ? from.get() : to.get() != null ? to.get() : LocalDate.EPOCH;
            Backtest.check(new BacktestSpec(where.get(), rankBy.get(), n, f, to.get() != null ? to.get() : f, h, bps, 0));
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        running.set(true);
        status.set("Backtesting on " + src + " ...");
        LocalDate f = from.get();
        LocalDate t = to.get();
        String w = where.get();
        String r = rankBy.get();
        return markets.apply(src).thenApplyAsync(m -> {
            LocalDate end = t != null ? t : m.lastDate();
            if (end == null) {
                throw new IllegalArgumentException("the source " + src + " holds no bars");
            }
            return Backtest.run(m, new BacktestSpec(w, r, n, f != null ? f : end.minusYears(2), end, h, bps, 0));
        }, background).whenCompleteAsync((res, err) -> {
            running.set(false);
            if (err != null) {
                Throwable c = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
                status.set("Backtest failed: " + c.getMessage());
                return;
            }
            show(res);
        }, fx);
    }

    /** Shows a finished backtest (also for tests). */
    void show(BacktestResult r) {
        result.set(r);
        BacktestResult.Day first = r.days().getFirst();
        BacktestResult.Day last = r.days().getLast();
        status.set(String.format(Locale.ROOT, "%,d symbols × %,d dates (%s to %s) in %.0f ms%s", r.symbols(),
                r.days().size(), first.date(), last.date(), r.millis(),
                r.notes().isEmpty() ? "" : " · " + String.join(" · ", r.notes())));
        BacktestResult.Summary s = r.summary();
        summary.set(String.format(Locale.ROOT,
                "Portfolio %s (annual %s, Sharpe %.2f, max drawdown %s, costs %s) · index %s · universe %s",
                pct(s.totalReturn()), pct(s.annualReturn()), s.sharpe(), pct(s.maxDrawdown()), pct(s.costPaid()),
                pct(s.indexTotalReturn()), pct(s.universeTotalReturn())));
        List<StatRow> rows = new ArrayList<>();
        rows.add(row(r, "Picks", h -> String.format(Locale.ROOT, "%,d", h.picks())));
        rows.add(row(r, "Mean return", h -> pct(h.meanReturn())));
        rows.add(row(r, "Universe mean", h -> pct(h.universeMeanReturn())));
        rows.add(row(r, "Hit rate vs index", h -> pct(h.hitRateVsIndex())));
        rows.add(row(r, "Hit rate vs universe", h -> pct(h.hitRateVsUniverse())));
        rows.add(row(r, "Mean excess vs index", h -> pct(h.meanExcessVsIndex())));
        rows.add(row(r, "Median excess vs index", h -> pct(h.medianExcessVsIndex())));
        rows.add(row(r, "Mean excess vs universe", h -> pct(h.meanExcessVsUniverse())));
        rows.add(row(r, "Median excess vs universe", h -> pct(h.medianExcessVsUniverse())));
        rows.add(row(r, "t-stat vs universe", h -> fixed(h.tStatVsUniverse())));
        for (int q = 0; q < 5; q++) {
            int k = q;
            rows.add(row(r, "Excess vs universe, " + Math.round(100 * r.horizons().getFirst().quantileLevels()[k])
                    + "% quantile", h -> pct(h.quantiles()[k])));
        }
        stats.setAll(rows);
    }

    private static StatRow row(BacktestResult r, String name,
                               java.util.function.Function<BacktestResult.HorizonStats, String> f) {
        return new StatRow(name, r.horizons().stream().map(f).toList());
    }

    /** Writes the last result to {@code target}; completes with the path, or exceptionally (the status says which). */
    public CompletableFuture<Path> export(Path target, ExportKind kind) {
        BacktestResult r = result.get();
        if (r == null) {
            status.set("Nothing to export: run a backtest first");
            return CompletableFuture.failedFuture(new IllegalStateException("no backtest yet"));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                AtomicFile.writeText(target, w -> {
                    switch (kind) {
                        case JSON -> BacktestWriters.json(r, w);
                        case PICKS_CSV -> BacktestWriters.picksCsv(r, w);
                        case EQUITY_CSV -> BacktestWriters.equityCsv(r, w);
                    }
                });
                return target;
            } catch (IOException e) {
                throw new CompletionException(new IOException("cannot write " + target + ": " + e.getMessage(), e));
            }
        }, background).whenCompleteAsync((p, t) -> status.set(t == null ? "Exported to " + p
                : "Export failed: " + (t.getCause() != null ? t.getCause().getMessage() : t.getMessage())), fx);
    }

    private static int whole(String s, String what) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + s + "'");
        }
    }

    private static double number(String s, String what) {
        try {
            return Double.parseDouble(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + s + "'");
        }
    }

    static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%%", 100 * v) : "—";
    }

    private static String fixed(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "—";
    }


    public StringProperty whereProperty() { return where; }
    public StringProperty rankByProperty() { return rankBy; }
    public StringProperty topProperty() { return top; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public StringProperty holdProperty() { return hold; }
    public StringProperty costBpsProperty() { return costBps; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<BacktestResult> resultProperty() { return result.getReadOnlyProperty(); }
    /** The statistics table's rows. */
    public ObservableList<StatRow> stats() { return stats; }
}
