package io.technic.app.ui.dashboard;

import io.technic.scanner.model.Accounting;
import io.technic.scanner.model.Regime;
import io.technic.scanner.model.ScanMetrics;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanResult;
import io.technic.themes.Theme;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the dashboard tiles show, as properties: scan events in, display values out. Values of the
 * last finished scan stay while a new one runs (its live progress and throughput show beside
 * them) and after a cancel or failure.
 *
 * <p>All methods are called on the FX thread (the main window coalesces progress to ~10/s).
 */
public final class DashboardViewModel {

    /** Where the dashboard stands. */
    public enum Status { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    /** Shown for the cache tile until the cache lands; an honest placeholder, not a number. */
    /** The cache tile before the first scan. */
    public static final String CACHE_NOT_YET = "n/a — no scan yet";

    private static final String NONE = "—";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final int cores;
    private final DoubleSupplier coresBusySampler;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.IDLE);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "No scan yet");
    private final ReadOnlyDoubleWrapper lastScanMillis = new ReadOnlyDoubleWrapper(this, "lastScanMillis", Double.NaN);
    private final ReadOnlyStringWrapper lastScanText = new ReadOnlyStringWrapper(this, "lastScanText", NONE);
    private final ReadOnlyDoubleWrapper symbolsPerSecond = new ReadOnlyDoubleWrapper(this, "symbolsPerSecond", Double.NaN);
    private final ReadOnlyStringWrapper symbolsPerSecondText = new ReadOnlyStringWrapper(this, "symbolsPerSecondText", NONE);
    private final ReadOnlyObjectWrapper<Map<String, Double>> stageMillis =
            new ReadOnlyObjectWrapper<>(this, "stageMillis", Map.of());
    private final ReadOnlyStringWrapper coresText = new ReadOnlyStringWrapper(this, "coresText", NONE);
    private final ReadOnlyStringWrapper threadsText = new ReadOnlyStringWrapper(this, "threadsText", "");
    private final ReadOnlyDoubleWrapper coresBusy = new ReadOnlyDoubleWrapper(this, "coresBusy", Double.NaN);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", NONE);
    private final ReadOnlyStringWrapper sourceDetail = new ReadOnlyStringWrapper(this, "sourceDetail", "local · cache · remote");
    private final ReadOnlyStringWrapper cacheHitRate = new ReadOnlyStringWrapper(this, "cacheHitRate", "n/a");
    private final ReadOnlyStringWrapper cacheDetail = new ReadOnlyStringWrapper(this, "cacheDetail", "no scan yet");
    private int scans;
    private int scansFromCache;
    private long rowsFromCache;
    private long rowsAsked;
    private final ReadOnlyObjectWrapper<Regime.Name> regime = new ReadOnlyObjectWrapper<>(this, "regime");
    private final ReadOnlyStringWrapper regimeName = new ReadOnlyStringWrapper(this, "regimeName", NONE);
    private final ReadOnlyStringWrapper regimeDescription = new ReadOnlyStringWrapper(this, "regimeDescription", "");
    private final ReadOnlyStringWrapper accountingHeadline = new ReadOnlyStringWrapper(this, "accountingHeadline", NONE);
    private final ReadOnlyStringWrapper accountingDetail = new ReadOnlyStringWrapper(this, "accountingDetail", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "idle");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.DARK);

    /** Reads cores busy from the JVM's process CPU load. */
    public DashboardViewModel() {
        this(Runtime.getRuntime().availableProcessors(), DashboardViewModel::processCpuLoad, Clock.systemDefaultZone());
    }

    /**
     * For tests.
     *
     * @param coresBusySampler fraction of all cores this process keeps busy, 0..1, negative when unknown
     */
    DashboardViewModel(int cores, DoubleSupplier coresBusySampler, Clock clock) {
        this.cores = cores;
        this.coresBusySampler = Objects.requireNonNull(coresBusySampler, "coresBusySampler");
        this.clock = Objects.requireNonNull(clock, "clock");
        coresText.set(String.format(Locale.ROOT, "— of %d", cores));
    }

    /** A progress snapshot of the running scan. */
    public void onProgress(ScanProgress p) {
        Objects.requireNonNull(p, "progress");
        status.set(Status.RUNNING);
        statusText.set("Scanning · " + seconds(p.elapsedMillis()) + " elapsed");
        progress.set(p.fraction());
        String eta = p.etaMillis() >= 0 ? " · ETA " + seconds(p.etaMillis()) : "";
        progressText.set(String.format(Locale.ROOT, "%s %,d / %,d%s", p.stage(), p.done(), p.total(), eta));
        if (p.stage() == io.technic.scanner.model.Stage.REMOTE) {
            source.set("remote");
            sourceDetail.set(String.format(Locale.ROOT, "shard %d of %d · %d %s", p.done(), p.total(), p.retries(),
                    p.retries() == 1 ? "retry" : "retries"));
            progressText.set(String.format(Locale.ROOT, "REMOTE shard %,d / %,d · %d %s", p.done(), p.total(),
                    p.retries(), p.retries() == 1 ? "retry" : "retries"));
        }
        if (p.symbolsPerSecond() > 0) {
            setThroughput(p.symbolsPerSecond());
        }
        sampleCores();
    }

    /** The finished scan. */
    public void onResult(ScanResult r) {
        Objects.requireNonNull(r, "result");
        ScanMetrics m = r.metrics();
        status.set(Status.DONE);
        statusText.set("Done at " + LocalTime.now(clock).format(CLOCK) + " · as of " + r.asOf());
        lastScanMillis.set(m.totalMillis());
        lastScanText.set(millis(m.totalMillis()));
        // a stored result keeps the rate it was computed at; the trader got it at this one
        setThroughput(m.sources().cacheTier() != null && m.totalMillis() > 0
                ? r.accounting().universe() / (m.totalMillis() / 1000) : m.symbolsPerSecond());
        stageMillis.set(Collections.unmodifiableMap(new LinkedHashMap<>(m.stageMillis())));
        threadsText.set(m.threads() + (m.threads() == 1 ? " thread" : " threads"));
        ScanMetrics.Sources from = m.sources();
        source.set(from.cacheTier() != null ? "cache " + from.cacheTier() : from.label());
        sourceDetail.set(from.shards() > 0
                ? String.format(Locale.ROOT, "%d shards: %d remote, %d local · %d retries · %d hedges", from.shards(),
                        from.remoteShards(), from.localShards(), from.retries(), from.hedges())
                : from.cacheTier() != null ? "whole result from the cache" : "computed on this machine");
        scans++;
        if ("cache".equals(from.label())) {
            scansFromCache++;
        } else {
            rowsFromCache += from.rowsFromCache();
            rowsAsked += r.accounting().ranked() + r.accounting().skipped();
        }
        cacheHitRate.set(String.format(Locale.ROOT, "%.0f%%", 100.0 * scansFromCache / scans));
        cacheDetail.set(String.format(Locale.ROOT, "%d of %d scans from cache · rows %s", scansFromCache, scans,
                rowsAsked == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * rowsFromCache / rowsAsked)));
        Regime g = r.regime() == null ? Regime.UNKNOWN : r.regime();
        regime.set(g.name());
        regimeName.set(g.name().name().replace('_', ' '));
        regimeDescription.set(g.asOf() == null ? "no index history" : describeIndex(g));
        Accounting a = r.accounting();
        accountingHeadline.set(String.format(Locale.ROOT, "%,d ranked", a.ranked()));
        accountingDetail.set(String.format(Locale.ROOT, "%,d filtered · %,d skipped · of %,d", a.filtered(),
                a.skipped(), a.universe()));
        progress.set(1);
        progressText.set(String.format(Locale.ROOT, "done · %,d symbols", a.universe()));
        sampleCores();
    }

    /** The running scan was cancelled: the last finished scan's values stay. */
    public void onCancelled() {
        status.set(Status.CANCELLED);
        statusText.set("Cancelled at " + LocalTime.now(clock).format(CLOCK));
        progressText.set("cancelled · " + progressText.get());
    }

    /** The running scan failed. */
    public void onFailed(Throwable t) {
        status.set(Status.FAILED);
        String why = t == null ? "unknown error" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        statusText.set("Failed: " + why);
        progressText.set("failed");
    }

    public void setTheme(Theme t) {
        theme.set(Objects.requireNonNull(t, "theme"));
    }

    private void setThroughput(double sps) {
        symbolsPerSecond.set(sps);
        symbolsPerSecondText.set(String.format(Locale.ROOT, "%,.0f", sps));
    }

    private void sampleCores() {
        double load = coresBusySampler.getAsDouble();
        if (load >= 0) {
            coresBusy.set(load * cores);
            coresText.set(String.format(Locale.ROOT, "%.1f of %d", load * cores, cores));
        }
    }

    private static String describeIndex(Regime g) {
        return String.format(Locale.ROOT, "index %.2f vs SMA200 %.2f · vol %.0f%% (pct %.0f)", g.indexClose(),
                g.sma200(), 100 * g.realizedVol(), 100 * g.volPercentile());
    }

    static String millis(double ms) {
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000) : String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static double processCpuLoad() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuLoad();
        }
        return -1;
    }

    // ----- properties

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** One line: scanning / done at … / cancelled / failed: why. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** Wall time of the last finished scan in milliseconds, NaN before the first. */
    public ReadOnlyDoubleProperty lastScanMillisProperty() {
        return lastScanMillis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastScanTextProperty() {
        return lastScanText.getReadOnlyProperty();
    }

    /** Symbols per second: live while scanning, then the finished scan's figure; NaN before any. */
    public ReadOnlyDoubleProperty symbolsPerSecondProperty() {
        return symbolsPerSecond.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty symbolsPerSecondTextProperty() {
        return symbolsPerSecondText.getReadOnlyProperty();
    }

    /** Milliseconds per stage name of the last finished scan, in stage order. */
    public ReadOnlyObjectProperty<Map<String, Double>> stageMillisProperty() {
        return stageMillis.getReadOnlyProperty();
    }

    /** The cache tile's one line: {@link #CACHE_NOT_YET} before the first scan, then hit rate and detail. */
    public String cacheHitRateText() {
        return scans == 0 ? CACHE_NOT_YET : cacheHitRate.get() + " — " + cacheDetail.get();
    }

    /** Share of this session's scans served whole from the cache, e.g. {@code 50%} ("n/a" before the first). */
    public ReadOnlyStringProperty cacheHitRateProperty() {
        return cacheHitRate.getReadOnlyProperty();
    }

    /** Scans from cache of scans run, and the share of feature rows the cache supplied to computed scans. */
    public ReadOnlyStringProperty cacheDetailProperty() {
        return cacheDetail.getReadOnlyProperty();
    }

    /** Where the last result came from in detail: shards and retries, whole-result cache, or this machine. */
    public ReadOnlyStringProperty sourceDetailProperty() {
        return sourceDetail.getReadOnlyProperty();
    }

    /** Cores this process keeps busy, e.g. {@code 1.7 of 2}. */
    public ReadOnlyStringProperty coresTextProperty() {
        return coresText.getReadOnlyProperty();
    }

    /** Cores busy as a number (NaN until sampled). */
    public ReadOnlyDoubleProperty coresBusyProperty() {
        return coresBusy.getReadOnlyProperty();
    }

    /** Worker threads of the last scan, e.g. {@code 2 threads}. */
    public ReadOnlyStringProperty threadsTextProperty() {
        return threadsText.getReadOnlyProperty();
    }

    /** The number of cores of this machine. */
    public int cores() {
        return cores;
    }

    /** Where the last result came from: local, cache or remote. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The regime of the last result, null before the first. */
    public ReadOnlyObjectProperty<Regime.Name> regimeProperty() {
        return regime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regimeNameProperty() {
        return regimeName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regimeDescriptionProperty() {
        return regimeDescription.getReadOnlyProperty();
    }

    /** e.g. {@code 5,812 ranked}. */
    public ReadOnlyStringProperty accountingHeadlineProperty() {
        return accountingHeadline.getReadOnlyProperty();
    }

    /** e.g. {@code 150 filtered · 38 skipped · of 6,000}. */
    public ReadOnlyStringProperty accountingDetailProperty() {
        return accountingDetail.getReadOnlyProperty();
    }

    /** Fraction of the current stage done, 0..1 (1 once finished). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** e.g. {@code INDICATORS 3,100 / 6,000 · ETA 0.4 s}. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
