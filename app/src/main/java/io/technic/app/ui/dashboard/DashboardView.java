package io.technic.app.ui.dashboard;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.skins.BarChartItem;
import io.technic.scanner.model.Regime;
import io.technic.scanner.model.Stage;
import io.technic.themes.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;

/**
 * The dashboard: a compact strip of TilesFX tiles fed by {@link DashboardViewModel}. Tiles are
 * coloured from the theme's tokens (TilesFX styles from code, not CSS) and recoloured when the
 * theme changes.
 */
public final class DashboardView extends BorderPane {

    static final double TILE_WIDTH = 190;
    static final double TILE_HEIGHT = 176;
    static final double TILE_MIN_WIDTH = 112;
    /** Stages that have a bar in the timings tile, in scan order. */
    private static final List<String> STAGES = List.of(Stage.LOAD.name(), Stage.PRESCREEN.name(),
            Stage.INDICATORS.name(), Stage.SCORE.name(), Stage.RANK.name());
    /** The same for an offloaded scan: the per-symbol stages ran remotely, as one REMOTE stage. */
    private static final List<String> REMOTE_STAGES = List.of(Stage.LOAD.name(), Stage.PRESCREEN.name(),
            Stage.REMOTE.name(), Stage.RANK.name(), Stage.SCORE.name());

    private final DashboardViewModel vm;
    private final List<Tile> tiles = new ArrayList<>();
    private final List<BarChartItem> stageBars = new ArrayList<>();
    private final Tile regimeTile;
    private final Tile progressTile;

    public DashboardView(DashboardViewModel vm) {
        this.vm = vm;
        setId("dashboard-view");
        getStyleClass().add("ws-dashboard");

        Tile lastScan = number("tile-last-scan", "Last scan", "ms");
        follow(vm.lastScanMillisProperty(), ms -> showNumber(lastScan, ms.doubleValue()));
        follow(vm.statusTextProperty(), lastScan::setText);

        Tile throughput = number("tile-throughput", "Throughput", "symbols/s");
        follow(vm.symbolsPerSecondProperty(), v -> showNumber(throughput, v.doubleValue()));
        follow(vm.threadsTextProperty(), s -> throughput.setText(s.isEmpty() ? "" : "with " + s));

        Tile stages = tile("tile-stages", SkinType.BAR_CHART, "Stage timings (ms)");
        stages.setItemSorting(Tile.ItemSorting.NONE); // scan order, not by size
        for (String s : STAGES) {
            BarChartItem item = new BarChartItem(s, 0);
            item.setFormatString("%.1f");
            stageBars.add(item);
        }
        stages.setBarChartItems(stageBars);
        follow(vm.stageMillisProperty(), this::showStages);

        progressTile = tile("tile-progress", SkinType.CIRCULAR_PROGRESS, "Progress");
        progressTile.setMinValue(0);
        progressTile.setMaxValue(100);
        progressTile.setDecimals(0);
        follow(vm.progressProperty(), f -> progressTile.setValue(100 * f.doubleValue()));
        follow(vm.progressTextProperty(), progressTile::setText);

        Tile cores = text("tile-cores", "Cores busy");
        follow(vm.coresTextProperty(), cores::setDescription);
        follow(vm.threadsTextProperty(), s -> cores.setText(s.isEmpty() ? vm.cores() + " cores" : s + " · "
                + vm.cores() + " cores"));

        Tile cache = text("tile-cache", "Cache hit rate");
        follow(vm.cacheHitRateProperty(), cache::setDescription);
        follow(vm.cacheDetailProperty(), cache::setText);

        Tile source = text("tile-source", "Result source");
        follow(vm.sourceProperty(), source::setDescription);
        follow(vm.sourceDetailProperty(), source::setText);

        regimeTile = text("tile-regime", "Market regime");
        follow(vm.regimeNameProperty(), regimeTile::setDescription);
        follow(vm.regimeDescriptionProperty(), regimeTile::setText);
        vm.regimeProperty().addListener((obs, was, now) -> recolour(vm.themeProperty().get()));

        Tile universe = text("tile-universe", "Universe");
        follow(vm.accountingHeadlineProperty(), universe::setDescription);
        follow(vm.accountingDetailProperty(), universe::setText);

        // One row that always shows every tile: they share the window's width (shrinking to a
        // minimum, growing past their preferred width), rather than wrapping out of sight.
        HBox strip = new HBox(6);
        strip.setPadding(new Insets(8));
        strip.getStyleClass().add("ws-dashboard-strip");
        strip.getChildren().setAll(lastScan, throughput, progressTile, stages, cores, cache, source, regimeTile,
                universe);
        for (Tile t : tiles) {
            t.setMinWidth(TILE_MIN_WIDTH);
            t.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(t, Priority.ALWAYS);
        }
        setCenter(strip);
        Label caption = new Label();
        caption.getStyleClass().addAll("ws-dashboard-caption", "muted");
        caption.textProperty().bind(vm.statusTextProperty());
        setBottom(caption);

        recolour(vm.themeProperty().get());
        vm.themeProperty().addListener((obs, was, now) -> recolour(now));
    }

    /** The tiles, in strip order (for tests). */
    List<Tile> tiles() {
        return List.copyOf(tiles);
    }

    private void showStages(Map<String, Double> ms) {
        List<String> shown = ms.containsKey(Stage.REMOTE.name()) ? REMOTE_STAGES : STAGES;
        double max = 0;
        for (int i = 0; i < shown.size(); i++) {
            double v = ms.getOrDefault(shown.get(i), 0.0);
            max = Math.max(max, v);
        }
        Tile stages = tiles.stream().filter(t -> "tile-stages".equals(t.getId())).findFirst().orElseThrow();
        stages.setMaxValue(max > 0 ? max : 1);
        // The skin copies the tile's maximum into its items only when they are added: scale them here.
        for (int i = 0; i < shown.size(); i++) {
            stageBars.get(i).setName(shown.get(i));
            stageBars.get(i).setMaxValue(stages.getMaxValue());
            stageBars.get(i).setValue(ms.getOrDefault(shown.get(i), 0.0));
        }
    }

    private void recolour(Theme theme) {
        Map<String, String> t = theme.tokens();
        Color bg = Color.web(t.get("-tx-bg-subtle"));
        Color fg = Color.web(t.get("-tx-fg"));
        Color muted = Color.web(t.get("-tx-fg-muted"));
        Color accent = Color.web(t.get("-tx-accent"));
        Color track = Color.web(t.get("-tx-bg-hover"));
        for (Tile tile : tiles) {
            tile.setBackgroundColor(bg);
            tile.setForegroundColor(fg);
            tile.setTitleColor(muted);
            tile.setTextColor(muted);
            tile.setDescriptionColor(fg);
            tile.setValueColor(fg);
            tile.setUnitColor(muted);
            tile.setBarColor(accent);
            tile.setBarBackgroundColor(track);
        }
        for (BarChartItem item : stageBars) {
            item.setBarColor(accent);
            item.setNameColor(muted);
            item.setValueColor(fg);
            item.setBarBackgroundColor(track);
        }
        regimeTile.getStyleClass().removeAll("ws-regime-up", "ws-regime-down", "ws-regime-neutral");
        Regime.Name r = vm.regimeProperty().get();
        if (r != null && r != Regime.Name.UNKNOWN) {
            // The TEXT skin's description is a Label, and base.css styles labels: colour it by CSS class.
            regimeTile.getStyleClass().add(r.isBear() ? "ws-regime-down"
                    : r == Regime.Name.NEUTRAL ? "ws-regime-neutral" : "ws-regime-up");
        }
    }

    /** A big number; hidden (not "0") while the value is NaN, i.e. before the first scan. */
    private static void showNumber(Tile tile, double v) {
        tile.setValueVisible(!Double.isNaN(v));
        if (!Double.isNaN(v)) {
            tile.setValue(v);
        }
    }

    private Tile number(String id, String title, String unit) {
        Tile tile = tile(id, SkinType.NUMBER, title);
        tile.setUnit(unit);
        tile.setDecimals(0);
        tile.setMaxValue(Double.MAX_VALUE);
        return tile;
    }

    private Tile text(String id, String title) {
        Tile tile = tile(id, SkinType.TEXT, title);
        tile.setTextVisible(true);
        return tile;
    }

    private Tile tile(String id, SkinType skin, String title) {
        Tile tile = TileBuilder.create()
                .skinType(skin)
                .prefSize(TILE_WIDTH, TILE_HEIGHT)
                .title(title)
                .animated(false)
                .roundedCorners(true)
                .textVisible(true)
                .build();
        tile.setId(id);
        tiles.add(tile);
        return tile;
    }

    private static <T> void follow(ObservableValue<T> value, Consumer<? super T> target) {
        target.accept(value.getValue());
        value.addListener((obs, was, now) -> target.accept(now));
    }
}
