package io.technic.app.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.skins.BarChartItem;
import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.Stage;
import io.technic.themes.Theme;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard renders its tiles headless, follows a scan live and recolours with the theme. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewUiTest {

    private final DashboardViewModel vm = new DashboardViewModel();
    private DashboardView view;

    @Start
    void start(javafx.stage.Stage stage) {
        view = new DashboardView(vm);
        Scene scene = new Scene(view, 1000, 400);
        scene.getStylesheets().setAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void tilesFollowProgressThenTheResult(FxRobot robot) {
        assertThat(view.tiles()).hasSize(9).allMatch(Tile::isVisible);
        assertThat(tile(robot, "#tile-cache").getDescription()).isEqualTo("n/a");
        assertThat(tile(robot, "#tile-last-scan").isValueVisible()).isFalse();

        robot.interact(() -> vm.onProgress(new ScanProgress(Stage.INDICATORS, 1500, 6000, 30_000, 150, 400)));
        assertThat(tile(robot, "#tile-progress").getValue()).isEqualTo(25.0);
        assertThat(tile(robot, "#tile-progress").getText()).startsWith("INDICATORS 1,500 / 6,000");
        assertThat(tile(robot, "#tile-throughput").getValue()).isEqualTo(30_000);

        robot.interact(() -> vm.onResult(DashboardViewModelTest.result(545, DashboardViewModelTest.bullQuiet())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tile(robot, "#tile-last-scan").getValue()).isEqualTo(545);
        assertThat(tile(robot, "#tile-last-scan").isValueVisible()).isTrue();
        assertThat(tile(robot, "#tile-regime").getDescription()).isEqualTo("BULL QUIET");
        assertThat(tile(robot, "#tile-regime").getStyleClass()).contains("ws-regime-up");
        assertThat(tile(robot, "#tile-universe").getText()).isEqualTo("150 filtered · 38 skipped · of 6,000");
        assertThat(tile(robot, "#tile-stages").getBarChartItems()).extracting(BarChartItem::getName)
                .containsExactly("LOAD", "PRESCREEN", "INDICATORS", "SCORE", "RANK");
        assertThat(tile(robot, "#tile-stages").getBarChartItems()).extracting(BarChartItem::getValue)
                .containsExactly(400.0, 5.0, 90.0, 30.0, 10.0);
        assertThat(tile(robot, "#tile-source").getDescription()).isEqualTo("local");
    }

    @Test
    void themeChangeRecoloursTilesFromTokens(FxRobot robot) {
        assertThat(tile(robot, "#tile-source").getBackgroundColor())
                .isEqualTo(Color.web(Theme.DARK.colour("-tx-bg-subtle")));
        robot.interact(() -> vm.setTheme(Theme.LIGHT));
        assertThat(tile(robot, "#tile-source").getBackgroundColor())
                .isEqualTo(Color.web(Theme.LIGHT.colour("-tx-bg-subtle")));
        assertThat(tile(robot, "#tile-source").getDescriptionColor()).isEqualTo(Color.web(Theme.LIGHT.colour("-tx-fg")));
    }

    private static Tile tile(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Tile.class);
    }
}
