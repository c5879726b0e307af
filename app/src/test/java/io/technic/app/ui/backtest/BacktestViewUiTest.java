package io.technic.app.ui.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.BarSources;
import io.technic.scanner.model.Market;
import io.technic.themes.Theme;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
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

/** The backtest screen runs from its button and draws the equity curve and the statistics table, headless. */
@ExtendWith(ApplicationExtension.class)
class BacktestViewUiTest {

    private static final String SOURCE = "sim:seed=8,symbols=150,bars=350";
    private static final Market MARKET = BarSources.parse(SOURCE).load();

    private final BacktestViewModel vm = new BacktestViewModel(s -> CompletableFuture.completedFuture(MARKET),
            () -> SOURCE, Runnable::run, io.technic.app.ui.fx.FxGate.EXECUTOR);
    private BacktestView view;

    @Start
    void start(Stage stage) {
        view = new BacktestView(vm);
        Scene scene = new Scene(view, 1100, 760);
        scene.getStylesheets().setAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theRunButtonDrawsThreeCurvesAndFillsTheTable(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.fromProperty().set(LocalDate.of(2026, 7, 1)));
        assertThat(view.chart().getData()).isEmpty();
        robot.clickOn("#backtest-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int dates = vm.resultProperty().get().days().size();
        assertThat(view.chart().getData()).hasSize(3);
        assertThat(view.chart().getData()).allSatisfy(s -> assertThat(s.getData()).hasSize(dates));
        assertThat(view.chart().getData().getFirst().getName()).startsWith("Top 20 portfolio");
        assertThat(view.table().getItems()).hasSameSizeAs(vm.stats()).isNotEmpty();
        assertThat(view.table().getColumns()).extracting(c -> c.getText())
                .containsExactly("Measure", "1 day", "5 days", "10 days", "20 days");
        assertThat(robot.lookup("#backtest-summary").queryAs(Label.class).getText()).startsWith("Portfolio ");
        assertThat(robot.lookup("#backtest-export").queryAs(javafx.scene.control.MenuButton.class).isDisabled()).isFalse();
    }
}
