package io.technic.app.ui.chart;

import io.technic.app.ui.fx.FxGate;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Timeframe;
import io.technic.themes.Theme;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the chart screen. {@link #show} asks for a symbol; its {@link ChartData} is computed
 * on a worker thread and published on the FX thread, and a newer {@code show} supersedes an older
 * one still in flight (the stale result is dropped, never shown).
 *
 * <p>Every method and property is for the FX thread only. No controls here: the view binds to
 * these properties, tests drive them without a stage.
 */
public final class ChartViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ChartViewModel.class);

    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final AtomicLong generation = new AtomicLong();

    private final ReadOnlyStringWrapper symbol = new ReadOnlyStringWrapper(this, "symbol", "");
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Select a symbol");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper lastCloseText = new ReadOnlyStringWrapper(this, "lastCloseText", "");
    private final ReadOnlyStringWrapper changeText = new ReadOnlyStringWrapper(this, "changeText", "");
    private final ReadOnlyIntegerWrapper changeSign = new ReadOnlyIntegerWrapper(this, "changeSign");
    private final ObjectProperty<LowerPane> lowerPane = new SimpleObjectProperty<>(this, "lowerPane", LowerPane.RSI);
    private final ObjectProperty<Timeframe> timeframe = new SimpleObjectProperty<>(this, "timeframe", Timeframe.DAILY);
    private Market shownMarket;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.DARK);
    private final Map<Overlay, BooleanProperty> overlays = new EnumMap<>(Overlay.class);

    /** Computes on virtual threads and publishes through {@link FxGate}. */
    public ChartViewModel() {
        this(task -> Thread.ofVirtual().name("chart-data").start(task), FxGate::run);
    }

    /** For tests: {@code worker} runs the computations, {@code fxThread} stands in for the FX thread. */
    ChartViewModel(Executor worker, Consumer<Runnable> fxThread) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        timeframe.addListener((obs, was, now) -> {
            if (shownMarket != null && !symbol.get().isEmpty()) {
                show(shownMarket, symbol.get());
            }
        });
        for (Overlay o : Overlay.values()) {
            boolean on = o == Overlay.SMA_20 || o == Overlay.SMA_50 || o == Overlay.SMA_200;
            overlays.put(o, new SimpleBooleanProperty(this, o.name(), on));
        }
    }

    /**
     * Shows {@code symbol} of {@code market}: {@link #symbolProperty()} changes now, the data when
     * it has been computed. A later call wins over this one.
     *
     * @throws NullPointerException if an argument is null
     */
    public void show(Market market, String symbol) {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(symbol, "symbol");
        shownMarket = market;
        Timeframe tf = timeframe.get();
        long ticket = generation.incrementAndGet();
        this.symbol.set(symbol);
        loading.set(true);
        message.set("Loading " + symbol + " …");
        worker.execute(() -> {
            ChartData computed;
            try {
                computed = ChartData.compute(market, symbol, tf);
            } catch (RuntimeException e) {
                LOG.warn("cannot chart {}: {}", symbol, e.getMessage());
                LOG.debug("chart data failed", e);
                fxThread.accept(() -> failed(ticket, symbol, e));
                return;
            }
            fxThread.accept(() -> publish(ticket, computed));
        });
    }

    private void publish(long ticket, ChartData computed) {
        if (ticket != generation.get()) {
            return; // superseded by a newer show()
        }
        loading.set(false);
        data.set(computed);
        title.set(computed.symbol().equals(computed.name()) ? computed.symbol()
                : computed.symbol() + "  ·  " + computed.name());
        if (computed.size() == 0) {
            message.set(computed.symbol() + " has no bars");
        } else {
            String unit = switch (computed.timeframe()) {
                case DAILY -> " bars, ";
                case WEEKLY -> " weekly bars, ";
                case MONTHLY -> " monthly bars, ";
            };
            message.set(computed.size() + unit + computed.date(0) + " to " + computed.date(computed.size() - 1)
                    + (computed.partial() ? " (last " + (computed.timeframe() == Timeframe.WEEKLY ? "week" : "month")
                    + " partial, through " + computed.date(computed.size() - 1) + ")" : ""));
        }
        lastCloseText.set(Double.isNaN(computed.lastClose()) ? "—" : format("%.2f", computed.lastClose()));
        double ch = computed.change();
        if (Double.isNaN(ch)) {
            changeText.set("");
            changeSign.set(0);
        } else {
            changeText.set(format("%+.2f (%+.2f%%)", ch, 100 * computed.changeFraction()));
            changeSign.set((int) Math.signum(ch));
        }
    }

    private void failed(long ticket, String requested, RuntimeException e) {
        if (ticket != generation.get()) {
            return;
        }
        loading.set(false);
        data.set(null);
        title.set(requested);
        lastCloseText.set("");
        changeText.set("");
        changeSign.set(0);
        message.set(e.getMessage());
    }

    /**
     * One line about bar {@code i} of the data shown, for the crosshair read-out, e.g.
     * {@code 20 Nov 26  O 101.20  H 103.00  L 100.90  C 102.75  V 1.2M}; empty when out of range.
     */
    public String barSummary(int i) {
        ChartData d = data.get();
        if (d == null || i < 0 || i >= d.size()) {
            return "";
        }
        return format("%s   O %.2f   H %.2f   L %.2f   C %.2f   V %s", BarDateFormat.format(d.date(i)),
                d.open()[i], d.high()[i], d.low()[i], d.close()[i], CompactNumber.format(d.volume()[i], 2));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** The symbol asked for last (may still be loading). */
    public ReadOnlyStringProperty symbolProperty() {
        return symbol.getReadOnlyProperty();
    }

    /** The data of the symbol shown, or null before the first one arrives (or when it failed). */
    public ReadOnlyObjectProperty<ChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** Whether a {@link #show} is being computed. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A status line: what is shown, what is loading, or why nothing is. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** {@code SYMBOL  ·  Company name}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Last close, two decimals. */
    public ReadOnlyStringProperty lastCloseTextProperty() {
        return lastCloseText.getReadOnlyProperty();
    }

    /** Change on the day, e.g. {@code +1.23 (+0.87%)}; empty with fewer than two bars. */
    public ReadOnlyStringProperty changeTextProperty() {
        return changeText.getReadOnlyProperty();
    }

    /** Sign of the day's change: +1, 0 or −1 (drives the up / down colour). */
    public ReadOnlyIntegerProperty changeSignProperty() {
        return changeSign.getReadOnlyProperty();
    }

    /** Whether {@code overlay} is drawn. SMA 20/50/200 start on. */
    public BooleanProperty overlayProperty(Overlay overlay) {
        return overlays.get(Objects.requireNonNull(overlay, "overlay"));
    }

    /** What the indicator pane shows; RSI at first. */
    public ObjectProperty<LowerPane> lowerPaneProperty() {
        return lowerPane;
    }

    /**
     * The bar period charted: daily, or weekly and monthly bars resampled from the daily ones.
     * Changing it re-computes the symbol shown.
     */
    public ObjectProperty<Timeframe> timeframeProperty() {
        return timeframe;
    }

    /** The theme whose tokens colour candles and lines. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void setTheme(Theme t) {
        theme.set(Objects.requireNonNull(t, "theme"));
    }
}
