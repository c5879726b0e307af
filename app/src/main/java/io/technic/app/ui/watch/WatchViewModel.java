package io.technic.app.ui.watch;

import io.technic.app.ui.service.WatchService;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.watch.Alert;
import io.technic.scanner.watch.AlertRule;
import io.technic.scanner.watch.Monitor;
import io.technic.scanner.watch.SavedScan;
import io.technic.scanner.watch.SymbolCsv;
import io.technic.scanner.watch.WatchConfig;
import io.technic.scanner.watch.Watchlist;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
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
 * The watchlist screen's state: the lists and the selected one's rows (last price, change, MERIT,
 * rank, TechRating, RSI, a sparkline of the last closes, from the last monitor tick), the alert
 * rules with an editor, the alert history (newest first), and monitoring on/off with its interval
 * and source. Every change to lists or rules is saved at once (atomically, by the service) and,
 * while monitoring, restarts the monitor with the new config. Errors go to {@link #statusProperty()}
 * naming what was wrong. Use from the FX thread only; the service's callbacks come back through
 * the executor given.
 */
public final class WatchViewModel {

    /** Alerts kept in the pane. */
    static final int HISTORY = 500;
    private static final int SPARK = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("America/New_York"));

    private final WatchService service;
    private final Executor fx;
    private WatchConfig config = WatchConfig.empty();
    private WatchService.Session session;
    private Monitor.Tick lastTick;
    private Consumer<List<Alert>> notifier = a -> { };

    private final ObservableList<String> lists = FXCollections.observableArrayList();
    private final StringProperty selectedList = new SimpleStringProperty();
    private final ObservableList<WatchRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AlertRule> rules = FXCollections.observableArrayList();
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final BooleanProperty monitoring = new SimpleBooleanProperty();
    private final IntegerProperty intervalSeconds = new SimpleIntegerProperty(2);
    private final StringProperty source = new SimpleStringProperty("sim");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Monitoring off");
    private final ReadOnlyObjectWrapper<Market> market = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<WatchRow> selected = new SimpleObjectProperty<>();

    // the alert editor
    private final ObjectProperty<AlertRule.Kind> ruleKind = new SimpleObjectProperty<>(AlertRule.Kind.CONDITION);
    private final StringProperty ruleWhen = new SimpleStringProperty("crosses_above(close, sma(50))");
    private final StringProperty ruleRearm = new SimpleStringProperty("");
    private final StringProperty ruleCooldown = new SimpleStringProperty("30");
    private final StringProperty ruleScanWhere = new SimpleStringProperty("rsi(14) < 30");
    private final StringProperty ruleTop = new SimpleStringProperty("20");

    public WatchViewModel(WatchService service, Executor fx) {
        this.service = Objects.requireNonNull(service, "service");
        this.fx = Objects.requireNonNull(fx, "fx");
        selectedList.addListener(o -> refreshRows());
        monitoring.addListener((o, was, on) -> {
            if (on) {
                startSession();
            } else {
                stopSession("Monitoring off");
            }
        });
    }

    /** Reads the saved lists, rules and alert history. */
    public void load() {
        service.load().whenComplete((l, e) -> fx.execute(() -> {
            if (e != null) {
                status.set("Cannot read the watchlists: " + message(e));
                return;
            }
            apply(l.config(), false);
            if (monitoring.get()) {
                stopSession(null);
                startSession();          // monitoring was switched on before the saved rules were read
            }
            if (!l.warnings().isEmpty()) {
                status.set(String.join("; ", l.warnings()));
            }
        }));
        service.history(HISTORY).whenComplete((h, e) -> fx.execute(() -> {
            if (e == null) {
                List<Alert> newestFirst = new ArrayList<>(h);
                java.util.Collections.reverse(newestFirst);
                alerts.setAll(newestFirst);
            }
        }));
    }

    /** Where each tick's alerts go besides the pane (the view raises a desktop notification); never called with none. */
    public void setNotifier(Consumer<List<Alert>> n) {
        notifier = Objects.requireNonNull(n, "n");
    }

    /** Creates an empty list and selects it; false (and a status) if the name is bad or taken. */
    public boolean createList(String name) {
        return change(() -> config.create(name), "Created watchlist " + (name == null ? "" : name.strip()),
                Watchlist.checkNameOrNull(name));
    }

    /** Renames the selected list. */
    public boolean renameList(String name) {
        String from = selectedList.get();
        if (from == null) {
            status.set("Select a watchlist to rename");
            return false;
        }
        return change(() -> config.rename(from, name), "Renamed " + from + " to " + name, Watchlist.checkNameOrNull(name));
    }

    /** Deletes the selected list and its rules. */
    public boolean deleteList() {
        String name = selectedList.get();
        if (name == null) {
            return false;
        }
        return change(() -> config.delete(name), "Deleted watchlist " + name, null);
    }

    /** Adds symbols typed as {@code AAPL, msft nvda} to the selected list (creating "Watchlist" if there is none). */
    public boolean addSymbols(String text) {
        List<String> symbols = text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        if (symbols.isEmpty()) {
            status.set("Type symbols to add, e.g. AAPL, MSFT");
            return false;
        }
        return addSymbols(symbols);
    }

    /** Adds {@code symbols} (e.g. the selected rows of the scan results) to the selected list. */
    public boolean addSymbols(Collection<String> symbols) {
        String target = selectedList.get() != null ? selectedList.get() : "Watchlist";
        return change(() -> {
            WatchConfig c = config.watchlist(target).isPresent() ? config : config.create(target);
            return c.update(target, w -> w.add(List.copyOf(symbols)));
        }, "Added " + String.join(", ", symbols) + " to " + target, target);
    }

    /** Removes symbols from the selected list. */
    public boolean removeSymbols(Collection<String> symbols) {
        String target = selectedList.get();
        if (target == null || symbols.isEmpty()) {
            return false;
        }
        return change(() -> config.update(target, w -> w.remove(List.copyOf(symbols))),
                "Removed " + String.join(", ", symbols) + " from " + target, target);
    }

    /** Adds a CSV file's symbols to the selected list (or a new list named after the file). */
    public boolean importCsv(Path file) {
        String target = selectedList.get() != null ? selectedList.get()
                : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return change(() -> {
            List<String> symbols = SymbolCsv.read(file);
            WatchConfig c = config.watchlist(target).isPresent() ? config : config.create(target);
            return c.update(target, w -> w.add(symbols));
        }, "Imported " + file.getFileName() + " into " + target, target);
    }

    /** Opens a watchlist file (symbols, one a line) as the list named after it, adding to a list of that name. */
    public boolean importAsList(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = Watchlist.checkNameOrNull(stem);
        if (name == null) {
            status.set("Cannot open " + file + ": '" + stem + "' is not a watchlist name (letters, digits, spaces, . _ -)");
            return false;
        }
        return change(() -> {
            List<String> symbols = SymbolCsv.read(file);
            WatchConfig c = config.watchlist(name).isPresent() ? config : config.create(name);
            return c.update(name, w -> w.add(symbols));
        }, "Opened watchlist " + name + " from " + file, name);
    }

    /** Writes the selected list to a CSV file (atomically, off the FX thread is not needed: it is small). */
    public boolean exportCsv(Path file) {
        String name = selectedList.get();
        if (name == null) {
            status.set("Select a watchlist to export");
            return false;
        }
        try {
            SymbolCsv.write(config.watchlist(name).orElseThrow(), file);
            status.set("Exported " + name + " to " + file);
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            status.set("Cannot export " + name + ": " + message(e));
            return false;
        }
    }

    /** Adds the rule the editor describes (a condition on the selected list, or new entrants to a saved scan). */
    public boolean addRule() {
        String list = selectedList.get();
        return change(() -> {
            Duration cooldown = Duration.ofMinutes(parseInt(ruleCooldown.get(), "cool-down (minutes)", 0, 100_000));
            if (ruleKind.get() == AlertRule.Kind.CONDITION) {
                if (list == null) {
                    throw new IllegalArgumentException("select or create a watchlist for the rule");
                }
                String id = config.nextRuleId(slug(list));
                return config.put(AlertRule.condition(id, list, ruleWhen.get(), ruleRearm.get(), cooldown));
            }
            int top = parseInt(ruleTop.get(), "top", 1, 10_000);
            String scanName = "scan " + (config.scans().size() + 1);
            WatchConfig c = config.put(new SavedScan(scanName, ruleScanWhere.get(), null, top));
            return c.put(AlertRule.newEntrant(c.nextRuleId("scan"), scanName, cooldown));
        }, "Added the rule", list);
    }

    /** Removes a rule. */
    public boolean removeRule(String id) {
        return change(() -> config.removeRule(id), "Removed rule " + id, selectedList.get());
    }

    private boolean change(java.util.function.Supplier<WatchConfig> op, String done, String select) {
        WatchConfig next;
        try {
            next = op.get();
        } catch (RuntimeException e) {
            status.set(message(e));
            return false;
        }
        apply(next, true);
        if (select != null && lists.contains(select)) {
            selectedList.set(select);
        } else if (select != null) {
            lists.stream().filter(l -> l.equalsIgnoreCase(select.strip())).findFirst().ifPresent(selectedList::set);
        }
        status.set(done);
        service.save(next).whenComplete((v, e) -> {
            if (e != null) {
                fx.execute(() -> status.set("Not saved: " + message(e)));
            }
        });
        if (monitoring.get()) {
            stopSession(null);
            startSession();
        }
        return true;
    }

    private void apply(WatchConfig c, boolean keepSelection) {
        config = c;
        String keep = selectedList.get();
        lists.setAll(c.watchlists().stream().map(Watchlist::name).toList());
        rules.setAll(c.rules());
        if (keepSelection && keep != null && lists.contains(keep)) {
            selectedList.set(keep);
        } else if (!lists.isEmpty() && (keep == null || !lists.contains(keep))) {
            selectedList.set(lists.getFirst());
        } else if (lists.isEmpty()) {
            selectedList.set(null);
        }
        refreshRows();
    }

    private void startSession() {
        Duration interval = Duration.ofSeconds(Math.max(1, intervalSeconds.get()));
        try {
            session = service.start(config, config.rules(), source.get(), interval,
                    t -> fx.execute(() -> onTick(t)), e -> fx.execute(() -> onError(e)));
            status.set("Monitoring " + config.rules().size() + " rule" + (config.rules().size() == 1 ? "" : "s") + " on "
                    + source.get() + " every " + interval.toSeconds() + " s");
        } catch (RuntimeException e) {
            session = null;
            status.set("Cannot monitor: " + message(e));
            monitoring.set(false);
        }
    }

    private void stopSession(String message) {
        if (session != null) {
            session.stop();
            session = null;
        }
        if (message != null) {
            status.set(message);
        }
    }

    private void onTick(Monitor.Tick t) {
        if (session == null) {
            return;                       // a tick that was under way when monitoring stopped
        }
        lastTick = t;
        market.set(t.market());
        for (Alert a : t.alerts()) {
            alerts.addFirst(a);
        }
        if (!t.alerts().isEmpty()) {
            notifier.accept(t.alerts());
        }
        if (alerts.size() > HISTORY) {
            alerts.remove(HISTORY, alerts.size());
        }
        refreshRows();
        status.set(String.format(Locale.ROOT, "Market %s ET · %,d symbols ranked · %d alert%s%s", TIME.format(t.time()),
                t.result().accounting().ranked(), t.alerts().size(), t.alerts().size() == 1 ? "" : "s",
                t.suppressed() > 0 ? " (" + t.suppressed() + " held back by cool-down)" : ""));
    }

    private void onError(Throwable e) {
        session = null;
        monitoring.set(false);
        status.set("Monitoring stopped: " + message(e));
    }

    private void refreshRows() {
        String name = selectedList.get();
        WatchRow keep = selected.get();
        if (name == null) {
            rows.clear();
            return;
        }
        List<String> symbols = config.watchlist(name).map(Watchlist::symbols).orElse(List.of());
        List<WatchRow> out = new ArrayList<>(symbols.size());
        Map<String, ScanRow> ranked = new HashMap<>();
        Map<String, Integer> positions = Map.of();
        if (lastTick != null) {
            lastTick.result().rows().forEach(r -> ranked.put(r.symbol(), r));
            positions = lastTick.market().positions();
        }
        for (String s : symbols) {
            Integer p = positions.get(s);
            if (p == null) {
                out.add(WatchRow.unknown(s));
                continue;
            }
            Market m = lastTick.market();
            BarColumns b = m.bars();
            int end = b.end(p);
            int start = b.start(p);
            if (end == start) {
                out.add(WatchRow.unknown(s));
                continue;
            }
            double last = b.close()[end - 1];
            double prev = end - start >= 2 ? b.close()[end - 2] : Double.NaN;
            double[] spark = Arrays.copyOfRange(b.close(), Math.max(start, end - SPARK), end);
            ScanRow r = ranked.get(s);
            out.add(new WatchRow(s, m.symbols().get(p).name(), last, (last / prev - 1) * 100, b.volume()[end - 1],
                    r == null ? Double.NaN : r.score(), r == null ? 0 : r.rank(),
                    r == null ? Double.NaN : value(r.scores().get("techRating")),
                    r == null ? Double.NaN : r.feature("rsi14"), spark));
        }
        rows.setAll(out);
        if (keep != null) {
            out.stream().filter(r -> r.symbol().equals(keep.symbol())).findFirst().ifPresent(selected::set);
        }
    }

    private static double value(Double d) {
        return d == null ? Double.NaN : d;
    }

    private static int parseInt(String s, String what, int min, int max) {
        try {
            int v = Integer.parseInt(s == null ? "" : s.strip());
            if (v < min || v > max) {
                throw new IllegalArgumentException(what + " must be in " + min + ".." + max + ", was " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + s + "' is not a whole number");
        }
    }

    private static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return s.length() > 24 ? s.substring(0, 24) : s;
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.io.UncheckedIOException)
                && t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        if (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage().lines().findFirst().orElse("");
    }

    /** The rule as one line for the rules table. */
    public String describe(AlertRule r) {
        String what = r.kind() == AlertRule.Kind.CONDITION
                ? r.when() + (r.rearm() == null ? "" : "  (re-arm: " + r.rearm() + ")")
                : config.scan(r.target()).map(s -> "new in top " + s.top() + (s.where() == null ? "" : " where " + s.where()))
                        .orElse("?");
        return what + (r.cooldown().isZero() ? "" : "  · cool-down " + r.cooldown().toMinutes() + " min");
    }

    /** Alert time in New York market time. */
    public static String time(Alert a) {
        return TIME.format(a.time());
    }

    public WatchConfig config() { return config; }
    public ObservableList<String> lists() { return lists; }
    public StringProperty selectedListProperty() { return selectedList; }
    public ObservableList<WatchRow> rows() { return rows; }
    public ObservableList<AlertRule> rules() { return rules; }
    public ObservableList<Alert> alerts() { return alerts; }
    public BooleanProperty monitoringProperty() { return monitoring; }
    public IntegerProperty intervalSecondsProperty() { return intervalSeconds; }
    public StringProperty sourceProperty() { return source; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The market of the last tick (the chart shows a selected row from it). */
    public ReadOnlyObjectProperty<Market> marketProperty() { return market.getReadOnlyProperty(); }
    public ObjectProperty<WatchRow> selectedProperty() { return selected; }
    public ObjectProperty<AlertRule.Kind> ruleKindProperty() { return ruleKind; }
    public StringProperty ruleWhenProperty() { return ruleWhen; }
    public StringProperty ruleRearmProperty() { return ruleRearm; }
    public StringProperty ruleCooldownProperty() { return ruleCooldown; }
    public StringProperty ruleScanWhereProperty() { return ruleScanWhere; }
    public StringProperty ruleTopProperty() { return ruleTop; }
}
