package io.technic.app.ui.scan;

import io.technic.app.ui.editor.ExpressionEditorModel;
import io.technic.app.ui.fx.FxGate;
import io.technic.app.ui.service.ScanService;
import io.technic.scanner.api.ScanHandle;
import io.technic.scanner.expr.Screen;
import io.technic.scanner.expr.Template;
import io.technic.scanner.expr.TemplateStore;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.SymbolInfo;
import io.technic.scanner.model.UniverseFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scan screen's state: the request being edited (as text, validated live), the running
 * scan's progress, and the last result. Runs scans through {@link ScanService} and never waits
 * for one: progress is coalesced to ~10 updates per second and, like the result, delivered
 * through the FX executor ({@link FxGate#EXECUTOR} in the app, a direct executor in tests).
 * Use from the FX thread only.
 */
public final class ScanViewModel {

    /** Shown until the cache of issue 6 reports hits; honest rather than a made-up figure. */
    /** The cache line before the first scan. */
    public static final String CACHE_NOT_YET = "Cache: n/a (no scan yet)";

    private final ScanService service;
    private final Executor fx;

    private final ObjectProperty<SourceKind> sourceKind = new SimpleObjectProperty<>(SourceKind.SIM);
    private final StringProperty simSpec = new SimpleStringProperty("sim");
    private final StringProperty csvPath = new SimpleStringProperty("");
    private final StringProperty storeDir = new SimpleStringProperty("");
    private final ObservableList<String> sectors = FXCollections.observableArrayList();
    private final ObservableList<String> selectedSectors = FXCollections.observableArrayList();
    private final StringProperty minPrice = new SimpleStringProperty("");
    private final StringProperty maxPrice = new SimpleStringProperty("");
    private final StringProperty minDollarVolume = new SimpleStringProperty("");
    private final StringProperty minHistory = new SimpleStringProperty("");
    private final ObjectProperty<Profile> profile = new SimpleObjectProperty<>(Profile.BALANCED);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final StringProperty topN = new SimpleStringProperty("0");
    private final BooleanProperty sectorNeutral = new SimpleBooleanProperty();
    private final IntegerProperty threads = new SimpleIntegerProperty(0);
    private final BooleanProperty offload = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper offloadHint = new ReadOnlyStringWrapper("");
    private String offloadTarget = "";
    private String offloadMissing = "no remote endpoint in Settings";

    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canRun;
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("Idle");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyStringWrapper cacheText = new ReadOnlyStringWrapper(CACHE_NOT_YET);
    private final ReadOnlyStringWrapper sectorsStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper liveAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper liveStatus = new ReadOnlyStringWrapper("Live provider: looking for the bar store ...");
    private final ReadOnlyObjectWrapper<java.nio.file.Path> liveDir = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper liveChoice = new ReadOnlyStringWrapper(SourceKind.LIVE.label());
    private final ReadOnlyObjectWrapper<ScanResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Market> market = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScanRequest> lastRequest = new ReadOnlyObjectWrapper<>();
    private final List<ScanEvents> listeners = new ArrayList<>();
    private final ExpressionEditorModel where = new ExpressionEditorModel(ExpressionEditorModel.Role.CONDITION);
    private final ExpressionEditorModel rankBy = new ExpressionEditorModel(ExpressionEditorModel.Role.RANKING);
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper templatesStatus = new ReadOnlyStringWrapper("");

    private ScanHandle handle;
    private long generation;
    private String sectorsFor;

    public ScanViewModel(ScanService service, Executor fx) {
        this.service = service;
        this.fx = fx;
        Observable[] inputs = {sourceKind, simSpec, csvPath, storeDir, selectedSectors, minPrice, maxPrice, minDollarVolume,
                minHistory, profile, asOf, topN, threads, liveAvailable, liveStatus};
        for (Observable o : inputs) {
            o.addListener(x -> validate());
        }
        where.problemProperty().addListener(x -> validate());
        rankBy.problemProperty().addListener(x -> validate());
        profile.addListener((o, was, p) -> {
            if (p != null) {
                minPrice.set(Amounts.format(p.minPrice()));
                minDollarVolume.set(Amounts.format(p.minDollarVolume()));
            }
        });
        offload.addListener(o -> describeOffload());
        describeOffload();
        canRun = running.not().and(Bindings.createBooleanBinding(() -> validation.get().isEmpty(), validation));
        restore(ScanForm.defaults());
        refreshLive();
    }

    /**
     * Looks (off the FX thread) for the bar store {@code technic sync} fills: the live-provider
     * source is open when it exists, else {@link #liveStatusProperty()} says why not and how to fill it.
     */
    public void refreshLive() {
        java.nio.file.Path dir = service.liveStoreDirectory();
        service.liveStore().whenComplete((info, t) -> fx.execute(() -> {
            if (t != null) {
                liveDir.set(null);
                liveAvailable.set(false);
                liveStatus.set("Live provider unavailable: the bar store at " + dir + " cannot be read ("
                        + cause(t).getMessage() + ")");
                liveChoice.set("Live provider: bar store unreadable (see the Scan form)");
            } else if (info == null) {
                liveDir.set(null);
                liveAvailable.set(false);
                liveStatus.set("Live provider unavailable: no bar store at " + dir
                        + " yet. Fill it with: technic sync --provider polygon (API key in Settings > Live data)");
                liveChoice.set("Live provider: no bar store yet (run technic sync)");
            } else {
                liveDir.set(info.directory());
                liveAvailable.set(true);
                liveChoice.set(SourceKind.LIVE.label());
                boolean polygon = info.source().contains("polygon");
                liveStatus.set(String.format(Locale.ROOT, "%s bars in %s: %,d symbols, last day %s%s",
                        polygon ? "Polygon" : "Stored", info.directory(), info.symbols(), info.lastDate(),
                        polygon ? " (technic sync updates it)" : " (not from a provider: technic sync adds Polygon's days)"));
                if (sourceKind.get() == SourceKind.LIVE) {
                    refreshSectors();
                }
            }
        }));
    }

    /** Adds a listener for scan outcomes (dashboard, chart); called on the FX thread. */
    public void addListener(ScanEvents l) {
        listeners.add(l);
    }

    /** The source spec the form describes, e.g. {@code sim} or {@code csv:/data/us.csv.gz}. @throws IllegalArgumentException when incomplete */
    public String sourceSpec() {
        return switch (sourceKind.get()) {
            case SIM -> {
                String s = simSpec.get() == null ? "" : simSpec.get().trim();
                if (!s.equals("sim") && !s.startsWith("sim:")) {
                    throw new IllegalArgumentException("Demo market: '" + s + "' is not sim or sim:key=value,... (e.g. sim:symbols=2000)");
                }
                yield s;
            }
            case CSV -> {
                String p = csvPath.get() == null ? "" : csvPath.get().trim();
                if (p.isEmpty()) {
                    throw new IllegalArgumentException("CSV source: choose a file or folder");
                }
                yield "csv:" + p;
            }
            case STORE -> {
                String d = storeDir.get() == null ? "" : storeDir.get().trim();
                yield d.isEmpty() ? "store" : "store:" + d;
            }
            case LIVE -> {
                if (!liveAvailable.get() || liveDir.get() == null) {
                    throw new IllegalArgumentException(liveStatus.get());
                }
                yield "store:" + liveDir.get();
            }
        };
    }

    /**
     * The request the form describes.
     *
     * @throws IllegalArgumentException naming the field whose text is invalid
     */
    public ScanRequest request() {
        String source = sourceSpec();
        double minP = orElse(Amounts.parse("Min price", minPrice.get()), 0);
        double maxP = orElse(Amounts.parse("Max price", maxPrice.get()), Double.POSITIVE_INFINITY);
        double minDv = orElse(Amounts.parse("Min $ volume", minDollarVolume.get()), 0);
        int minHist = integer("Min history", minHistory.get());
        int top = integer("Top N", topN.get());
        if (maxP < minP) {
            throw new IllegalArgumentException("Max price (" + maxPrice.get().trim() + ") is below min price (" + minPrice.get().trim() + ")");
        }
        UniverseFilter f = new UniverseFilter(Set.of(), new HashSet<>(selectedSectors), minP, maxP, minDv, minHist);
        return new ScanRequest(source, f, asOf.get(), ScanRequest.DEFAULT_LOOKBACK, profile.get(), top, threads.get());
    }

    /** Starts a scan of the form's request; does nothing while one runs or when the form is invalid (the status says why). */
    public void run() {
        if (running.get()) {
            return;
        }
        ScanRequest req;
        try {
            req = request();
            checkScreen();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        ScreenForm screen = screenSnapshot();
        long gen = ++generation;
        running.set(true);
        stage.set("QUEUED");
        progress.set(0);
        progressText.set("");
        status.set("Scanning " + req.source() + " ...");
        lastRequest.set(req);
        FxGate.Coalescer<ScanProgress> coalescer = FxGate.coalescing(FxGate.DEFAULT_INTERVAL_MS, p -> {
            if (gen == generation && running.get()) {
                showProgress(p);
            }
        }, fx);
        ScanHandle h;
        try {
            h = service.submit(req, sectorNeutral.get(), offload.get(), coalescer::accept);
            h = screened(h, req.source(), screen);
        } catch (RuntimeException e) {
            finish(gen, null, e);
            return;
        }
        handle = h;
        h.result().whenComplete((r, t) -> fx.execute(() -> {
            if (gen == generation) {
                coalescer.flush();
                finish(gen, r, t);
            }
        }));
    }

    /**
     * Says where the offload toggle sends scans: {@code target} such as "remote · 2 endpoints", or
     * why it cannot ({@code missing}, e.g. "no remote endpoint in Settings"; null when it can).
     */
    public void setOffloadTarget(String target, String missing) {
        offloadTarget = target == null ? "" : target;
        offloadMissing = missing;
        describeOffload();
    }

    private void describeOffload() {
        if (!offload.get()) {
            offloadHint.set("Off: scans run on this machine");
        } else if (offloadMissing != null) {
            offloadHint.set("On, but scans run here: " + offloadMissing);
        } else {
            offloadHint.set("On: " + offloadTarget);
        }
    }

    /** Cancels the running scan, if any; the outcome arrives as a cancelled scan. */
    public void cancel() {
        if (running.get() && handle != null) {
            status.set("Cancelling ...");
            handle.cancel();
        }
    }

    /** Shows a message in the status line until the next scan event (e.g. a settings warning). */
    public void announce(String message) {
        status.set(message);
    }

    /** Loads the form's source in the background to offer its sectors (and warm the engine's cache). */
    public void refreshSectors() {
        String spec;
        try {
            spec = sourceSpec();
        } catch (IllegalArgumentException e) {
            return;
        }
        if (spec.equals(sectorsFor)) {
            return;
        }
        sectorsFor = spec;
        sectorsStatus.set("Loading " + spec + " ...");
        service.market(spec).whenComplete((m, t) -> fx.execute(() -> {
            if (!spec.equals(sectorsFor)) {
                return;
            }
            if (t != null) {
                sectorsFor = null;
                sectorsStatus.set("Cannot load " + spec + ": " + cause(t).getMessage());
                return;
            }
            Set<String> names = new TreeSet<>();
            for (SymbolInfo s : m.symbols()) {
                names.add(s.sector());
            }
            List<String> keep = selectedSectors.stream().filter(names::contains).toList();
            sectors.setAll(names);
            selectedSectors.setAll(keep);
            market.set(m);
            sectorsStatus.set(String.format(Locale.ROOT, "%,d symbols in %d sectors", m.size(), names.size()));
        }));
    }

    /** The form as typed, for persistence. */
    public ScanForm snapshot() {
        return new ScanForm(sourceKind.get(), simSpec.get(), csvPath.get(), storeDir.get(), List.copyOf(selectedSectors),
                minPrice.get(), maxPrice.get(), minDollarVolume.get(), minHistory.get(), profile.get(),
                asOf.get() == null ? "" : asOf.get().toString(), topN.get(), sectorNeutral.get());
    }

    /** Puts a saved form back (an unreadable date is dropped). */
    public void restore(ScanForm f) {
        profile.set(f.profile());
        sourceKind.set(f.sourceKind());
        simSpec.set(f.simSpec());
        csvPath.set(f.csvPath());
        storeDir.set(f.storeDir());
        selectedSectors.setAll(f.sectors());
        minPrice.set(nz(f.minPrice()));
        maxPrice.set(nz(f.maxPrice()));
        minDollarVolume.set(nz(f.minDollarVolume()));
        minHistory.set(nz(f.minHistory()));
        try {
            asOf.set(f.asOf() == null || f.asOf().isBlank() ? null : LocalDate.parse(f.asOf().trim()));
        } catch (DateTimeParseException e) {
            asOf.set(null);
        }
        topN.set(nz(f.topN()));
        sectorNeutral.set(f.sectorNeutral());
        validate();
    }

    private void showProgress(ScanProgress p) {
        if (p.stage().ordinal() >= io.technic.scanner.model.Stage.DONE.ordinal()) {
            return; // the outcome (finish) reports the end, with the result's own figures
        }
        stage.set(p.stage().name());
        progress.set(p.fraction());
        if (p.stage() == io.technic.scanner.model.Stage.REMOTE) {
            progressText.set(String.format(Locale.ROOT, "shard %,d / %,d  ·  %d %s  ·  %.1f s elapsed", p.done(), p.total(),
                    p.retries(), p.retries() == 1 ? "retry" : "retries", p.elapsedMillis() / 1000.0));
            listeners.forEach(l -> l.onProgress(p));
            return;
        }
        String eta = p.etaMillis() < 0 ? "–" : String.format(Locale.ROOT, "%.1f s", p.etaMillis() / 1000.0);
        progressText.set(String.format(Locale.ROOT, "%,d / %,d  ·  %,.0f sym/s  ·  ETA %s  ·  %.1f s elapsed",
                p.done(), p.total(), p.symbolsPerSecond(), eta, p.elapsedMillis() / 1000.0));
        listeners.forEach(l -> l.onProgress(p));
    }

    private void finish(long gen, ScanResult r, Throwable t) {
        running.set(false);
        handle = null;
        if (t == null) {
            var a = r.accounting();
            stage.set("DONE");
            progress.set(1);
            progressText.set(String.format(Locale.ROOT, "%,d symbols  ·  %,.0f sym/s  ·  %.1f s", a.universe(),
                    r.metrics().symbolsPerSecond(), r.metrics().totalMillis() / 1000.0));
            status.set(String.format(Locale.ROOT, "Ranked %,d of %,d (filtered %,d, skipped %,d) in %,.0f ms  ·  %,.0f sym/s",
                    a.ranked(), a.universe(), a.filtered(), a.skipped(), r.metrics().totalMillis(), r.metrics().symbolsPerSecond()));
            var from = r.metrics().sources();
            cacheText.set(from.cacheTier() != null ? "Cache: whole result from " + from.cacheTier()
                    : String.format(Locale.ROOT, "Cache: %,d feature rows reused · computed %s", from.rowsFromCache(),
                            from.shards() > 0 ? "on " + from.remoteShards() + " remote shards" : "here"));
            result.set(r);
            listeners.forEach(l -> l.onResult(r));
            String spec = r.request().source();
            service.market(spec).whenComplete((m, e) -> fx.execute(() -> {
                if (m != null && gen == generation) {
                    market.set(m);
                }
            }));
            return;
        }
        Throwable c = cause(t);
        progress.set(0);
        if (c instanceof CancellationException) {
            stage.set("CANCELLED");
            status.set("Scan cancelled");
            listeners.forEach(ScanEvents::onCancelled);
        } else {
            stage.set("FAILED");
            status.set("Scan failed: " + (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage()));
            listeners.forEach(l -> l.onFailed(c));
        }
    }

    private void validate() {
        try {
            request();
            checkScreen();
            validation.set("");
        } catch (IllegalArgumentException e) {
            validation.set(e.getMessage());
        }
    }

    /** The form's where condition and rank-by expression as typed, for persistence. */
    public ScreenForm screenSnapshot() {
        return new ScreenForm(where.textProperty().get(), rankBy.textProperty().get());
    }

    /** Puts a saved where condition and rank-by expression back. */
    public void restoreScreen(ScreenForm f) {
        where.textProperty().set(f.where());
        rankBy.textProperty().set(f.rankBy());
        validate();
    }

    /**
     * Offers the built-in templates and the user's saved ones from {@code store}; a saved file
     * that cannot be read is named in {@link #templatesStatusProperty()} and left out.
     */
    public void loadTemplates(TemplateStore store) {
        TemplateStore.Listing l = store.list();
        templates.setAll(l.templates());
        templatesStatus.set(l.problems().isEmpty() ? "" : "Templates not loaded: " + String.join("; ", l.problems()));
    }

    /**
     * Fills the where condition and the rank-by expression from a template (blank where it has
     * none), and top N when the template sets one, as {@code technic scan --template NAME} does.
     */
    public void applyTemplate(Template t) {
        if (t == null) {
            return;
        }
        where.textProperty().set(t.where() == null ? "" : t.where());
        rankBy.textProperty().set(t.rankBy() == null ? "" : t.rankBy());
        if (t.top() > 0) {
            topN.set(Integer.toString(t.top()));
        }
    }

    /** @throws IllegalArgumentException with the editor's message when the where or rank-by text does not compile */
    private void checkScreen() {
        if (where.problemProperty().get() != null) {
            throw new IllegalArgumentException("Where: " + where.problemProperty().get().message());
        }
        if (rankBy.problemProperty().get() != null) {
            throw new IllegalArgumentException("Rank by: " + rankBy.problemProperty().get().message());
        }
    }

    /**
     * The scan's handle with the form's screen applied to its result once the scan and its market
     * are in, off the FX thread: exactly {@code technic scan --where W --rank-by R}
     * ({@link Screen#compile} then {@link Screen#apply}).
     */
    private ScanHandle screened(ScanHandle h, String source, ScreenForm screen) {
        if (screen.where().isBlank() && screen.rankBy().isBlank()) {
            return h;
        }
        // no rows: nothing to screen, and no row to name the scores the expressions may use
        java.util.concurrent.CompletableFuture<ScanResult> screenedResult = h.result().thenCompose(r -> r.rows().isEmpty()
                ? java.util.concurrent.CompletableFuture.completedFuture(r)
                : service.market(source).thenApply(m -> Screen.compile(screen.where(), screen.rankBy(), r).apply(r, m)));
        return new ScanHandle() {
            @Override
            public ScanProgress progress() {
                return h.progress();
            }

            @Override
            public void cancel() {
                h.cancel();
            }

            @Override
            public java.util.concurrent.CompletableFuture<ScanResult> result() {
                return screenedResult;
            }
        };
    }

    private static Throwable cause(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static int integer(String what, String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int v = Integer.parseInt(text.trim().replace(",", ""));
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text.trim() + "' is not a whole number >= 0");
        }
    }

    private static double orElse(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObjectProperty<SourceKind> sourceKindProperty() { return sourceKind; }
    /** The one-toggle offload: off = local; on = the execution policy chosen in Settings. */
    public BooleanProperty offloadProperty() { return offload; }
    /** What the offload toggle does now, in words. */
    public ReadOnlyStringProperty offloadHintProperty() { return offloadHint.getReadOnlyProperty(); }
    public StringProperty simSpecProperty() { return simSpec; }
    public StringProperty csvPathProperty() { return csvPath; }
    /** The bar store's folder; blank = its default. */
    public StringProperty storeDirProperty() { return storeDir; }
    /** Sectors of the loaded source, sorted. */
    public ObservableList<String> sectors() { return sectors; }
    /** Sectors to keep; empty means all. */
    public ObservableList<String> selectedSectors() { return selectedSectors; }
    public StringProperty minPriceProperty() { return minPrice; }
    public StringProperty maxPriceProperty() { return maxPrice; }
    public StringProperty minDollarVolumeProperty() { return minDollarVolume; }
    public StringProperty minHistoryProperty() { return minHistory; }
    public ObjectProperty<Profile> profileProperty() { return profile; }
    public ObjectProperty<LocalDate> asOfProperty() { return asOf; }
    public StringProperty topNProperty() { return topN; }
    public BooleanProperty sectorNeutralProperty() { return sectorNeutral; }
    /** Worker threads (0 = all cores), set from the settings. */
    public IntegerProperty threadsProperty() { return threads; }
    /** Why the form cannot run, or empty. */
    public ReadOnlyStringProperty validationProperty() { return validation.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public BooleanBinding canRunBinding() { return canRun; }
    public ReadOnlyStringProperty stageProperty() { return stage.getReadOnlyProperty(); }
    /**
     * Fraction of the current stage done, 0..1. Never indeterminate: an indeterminate bar animates
     * every frame, which costs the software renderer more than it tells the trader.
     */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** Where the last result came from, for the cache line: the whole result from a tier, or rows reused. */
    public ReadOnlyStringProperty cacheTextProperty() { return cacheText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sectorsStatusProperty() { return sectorsStatus.getReadOnlyProperty(); }
    /** Whether the live-provider source can be chosen (the bar store technic sync fills exists). */
    public ReadOnlyBooleanProperty liveAvailableProperty() { return liveAvailable.getReadOnlyProperty(); }
    /** The live-provider entry's text in the source list: its label, or in brief why it is closed. */
    public ReadOnlyStringProperty liveChoiceProperty() { return liveChoice.getReadOnlyProperty(); }
    /** What the live-provider source holds, or why it cannot be chosen. */
    public ReadOnlyStringProperty liveStatusProperty() { return liveStatus.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ScanResult> resultProperty() { return result.getReadOnlyProperty(); }
    /** The market of the last loaded source or finished scan (for the chart). */
    public ReadOnlyObjectProperty<Market> marketProperty() { return market.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ScanRequest> lastRequestProperty() { return lastRequest.getReadOnlyProperty(); }
    /** The where condition's editor state ({@code technic scan --where}); blank = keep every ranked row. */
    public ExpressionEditorModel whereEditor() { return where; }
    /** The rank-by expression's editor state ({@code technic scan --rank-by}); blank = the engine's ranking. */
    public ExpressionEditorModel rankByEditor() { return rankBy; }
    /** Built-in templates first, then the user's saved ones (see {@link #loadTemplates}). */
    public ObservableList<Template> templates() { return templates; }
    /** Saved template files that could not be read, or empty. */
    public ReadOnlyStringProperty templatesStatusProperty() { return templatesStatus.getReadOnlyProperty(); }
}
