package io.technic.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fair_acc.dataset.DataSet;
import io.technic.scanner.model.Market;
import io.technic.scanner.testdata.TestMarkets;
import io.technic.themes.Theme;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart view draws a symbol's candles, overlays and lower pane headless, and switches RSI to MACD. */
@ExtendWith(ApplicationExtension.class)
class ChartViewUiTest {

    private static final Market MARKET = TestMarkets.randomWalk(2, new int[] {400, 30}, new String[] {"Tech"}, 3,
            List.of());

    private final ChartViewModel vm = new ChartViewModel();
    private ChartView view;

    @Start
    void start(Stage stage) {
        view = new ChartView(vm);
        Scene scene = new Scene(view, 1100, 700);
        scene.getStylesheets().setAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void rendersTheSymbolAndSwitchesTheLowerPaneFromRsiToMacd(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.show(MARKET, "S0000"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.dataProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#chart-symbol").queryAs(Label.class).getText()).startsWith("S0000");
        assertThat(robot.lookup("#chart-last").queryAs(Label.class).getText()).matches("\\d+\\.\\d\\d");
        DataSet candles = view.priceChart().getAllDatasets().stream()
                .filter(ds -> ds.getName().equals("S0000")).findFirst().orElseThrow();
        assertThat(candles.getDataCount()).isEqualTo(400);
        assertThat(names(view.priceChart().getAllDatasets())).contains("SMA_20", "SMA_50", "SMA_200");
        assertThat(names(view.lowerChart().getAllDatasets())).contains("RSI").doesNotContain("MACD");
        // The last ~6 months are in view, not the whole history.
        assertThat(view.priceChart().getXAxis().getMin()).isBetween(400 - 130.0, 400 - 120.0);

        robot.clickOn("#chart-lower-macd");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.lowerPaneProperty().get()).isEqualTo(LowerPane.MACD);
        assertThat(names(view.lowerChart().getAllDatasets())).contains("MACD", "MACD signal").doesNotContain("RSI");
        assertThat(view.lowerChart().getXAxis().getMin()).isEqualTo(view.priceChart().getXAxis().getMin());
    }

    @Test
    void theWeeklyButtonDrawsWeeklyCandles(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.show(MARKET, "S0000"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.dataProperty().get() != null);
        robot.clickOn("#chart-timeframe-weekly");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.dataProperty().get() != null
                && vm.dataProperty().get().timeframe() == io.technic.scanner.model.Timeframe.WEEKLY);
        WaitForAsyncUtils.waitForFxEvents();

        int weeks = io.technic.scanner.model.Timeframe.WEEKLY.resample(MARKET.bars(), 0).size();
        DataSet candles = view.priceChart().getAllDatasets().stream()
                .filter(ds -> ds.getName().equals("S0000")).findFirst().orElseThrow();
        assertThat(candles.getDataCount()).isEqualTo(weeks).isLessThan(400 / 4);
        assertThat(robot.lookup("#chart-timeframe-weekly").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
    }

    @Test
    void togglingAnOverlayAddsItsBandsAndAShortHistoryStillRenders(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.show(MARKET, "S0001"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.dataProperty().get() != null);
        robot.clickOn("#chart-overlay-BOLLINGER");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.overlayProperty(Overlay.BOLLINGER).get()).isTrue();
        List<String> names = names(view.priceChart().getAllDatasets());
        assertThat(names).contains("BB_UPPER", "BB_MIDDLE", "BB_LOWER")
                .doesNotContain("SMA_50", "SMA_200"); // 30 bars: never defined, so not drawn at all
        DataSet bb = view.priceChart().getAllDatasets().stream()
                .filter(ds -> ds.getName().equals("BB_UPPER")).findFirst().orElseThrow();
        assertThat(bb.getDataCount()).isEqualTo(30 - 19);
    }

    @Test
    void scrollZoomMovesEveryPaneAndTheCrosshairReadsTheBarUnderTheMouse(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.show(MARKET, "S0000"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.dataProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        double before = span(view.priceChart());

        robot.moveTo(view.priceChart().getCanvas());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chart-readout").queryAs(Label.class).getText()).matches(
                "\\d{1,2} \\w{3} \\d\\d   O .* C .* V .*");
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(span(view.priceChart())).isLessThan(before);
        assertThat(view.lowerChart().getXAxis().getMin()).isEqualTo(view.priceChart().getXAxis().getMin());
        assertThat(view.volumeChart().getXAxis().getMax()).isEqualTo(view.priceChart().getXAxis().getMax());

        double zoomed = span(view.priceChart());
        double min = view.priceChart().getXAxis().getMin();
        robot.drag(view.priceChart().getCanvas(), javafx.scene.input.MouseButton.PRIMARY).dropBy(150, 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.priceChart().getXAxis().getMin()).isLessThan(min); // dragged right: earlier bars
        assertThat(span(view.priceChart())).isCloseTo(zoomed, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(view.lowerChart().getXAxis().getMin()).isEqualTo(view.priceChart().getXAxis().getMin());
    }

    private static double span(io.fair_acc.chartfx.XYChart chart) {
        return chart.getXAxis().getMax() - chart.getXAxis().getMin();
    }

    private static List<String> names(List<DataSet> sets) {
        return sets.stream().map(DataSet::getName).toList();
    }
}
