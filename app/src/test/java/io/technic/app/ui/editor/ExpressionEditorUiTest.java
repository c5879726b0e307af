package io.technic.app.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.themes.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing into the expression editor: colours, the problem under its column, completion on typing and Ctrl+Space. */
@ExtendWith(ApplicationExtension.class)
class ExpressionEditorUiTest {

    private final ExpressionEditorModel model = new ExpressionEditorModel(ExpressionEditorModel.Role.CONDITION);
    private ExpressionEditor editor;

    @Start
    void start(Stage stage) {
        editor = new ExpressionEditor(model, "expr", "condition");
        Scene scene = new Scene(new VBox(editor), 700, 300);
        scene.getStylesheets().setAll(Theme.DARK.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aTypoIsUnderlinedAndNamedWithItsCaret(FxRobot robot) {
        robot.clickOn("#expr").write("close > smaa(5)");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        assertThat(model.textProperty().get()).isEqualTo("close > smaa(5)");
        Label problem = robot.lookup("#expr-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("unknown function 'smaa' at 1:9, did you mean 'sma'?")
                .endsWith("\n" + " ".repeat(8) + "^");
        assertThat(editor.area().getStyleOfChar(9)).contains("ws-expr-error");
        assertThat(editor.area().getStyleOfChar(0)).containsExactly("ws-expr-field").doesNotContain("ws-expr-error");
        assertThat(editor.area().getStyleOfChar(6)).contains("ws-expr-operator");
    }

    @Test
    void typingANameOffersCompletionsAndEnterInsertsTheFirst(FxRobot robot) {
        robot.clickOn("#expr").write("close > weekly.rs");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.completionsShowing()).isTrue();
        assertThat(editor.completionItems().getFirst().text()).isEqualTo("rsi");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.completionsShowing()).isFalse();
        robot.write("14) and ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.textProperty().get()).isEqualTo("close > weekly.rsi(14) and ");
        // Ctrl+Space opens every name on an empty word
        robot.press(KeyCode.CONTROL).press(KeyCode.SPACE).release(KeyCode.SPACE).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.completionsShowing()).isTrue();
        assertThat(editor.completionItems()).extracting(c -> c.text()).contains("merit", "sma", "engulfing", "weekly.");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.textProperty().get()).isEqualTo("close > weekly.rsi(14) and high");
        assertThat(model.problemProperty().get()).isNotNull();
    }
}
