package io.technic.app.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.expr.Syntax;
import org.junit.jupiter.api.Test;

class ExpressionEditorModelTest {

    @Test
    void aTypoIsAProblemWithTheCommandLinesCaret() {
        ExpressionEditorModel m = new ExpressionEditorModel(ExpressionEditorModel.Role.CONDITION);
        m.textProperty().set("rsi(14) < 30 and smaa(5) > 1");
        assertThat(m.problemProperty().get().offset()).isEqualTo(17);
        assertThat(m.problemText()).isEqualTo("unknown function 'smaa' at 1:18, did you mean 'sma'?\n"
                + "rsi(14) < 30 and smaa(5) > 1\n" + " ".repeat(17) + "^");
        m.textProperty().set("rsi(14) < 30 and sma(5) > 1 and merit > 50 and monthly.close > monthly.close[1]");
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.problemText()).isEmpty();
        m.textProperty().set("");
        assertThat(m.problemProperty().get()).as("empty: no condition").isNull();
        // a long line shows the part around the problem, the caret still under it
        String longer = "close > weekly.sma(30) and monthly.rsi(14) < 70 and techRating > 50 and smaa(5) > 1 and rsi(14) > 20";
        m.textProperty().set(longer);
        String[] lines = m.problemText().split("\n");
        assertThat(lines[0]).isEqualTo("unknown function 'smaa' at 1:73, did you mean 'sma'?");
        assertThat(lines[1]).startsWith("...").endsWith("...").hasSize(ExpressionEditorModel.WINDOW + 6);
        assertThat(lines[1].substring(lines[2].length() - 1)).startsWith("smaa(5)");
    }

    @Test
    void aNarrowEditorWrapsTheMessageAndKeepsTheCaretUnderTheProblem() {
        ExpressionEditorModel m = new ExpressionEditorModel(ExpressionEditorModel.Role.CONDITION);
        m.setProblemWidth(24);
        m.textProperty().set("close > sma(200) and rsi(14) < 45 and clse > 3");
        String[] lines = m.problemText().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0] + " " + lines[1]).isEqualTo("unknown name 'clse' at 1:39, did you mean 'close'?");
        assertThat(lines[0].length()).isLessThanOrEqualTo(30);
        assertThat(lines[2]).startsWith("...").hasSizeLessThanOrEqualTo(24 + 6);
        assertThat(lines[2].substring(lines[3].length() - 1)).startsWith("clse > 3");
        assertThat(lines[3]).endsWith("^").hasSizeLessThanOrEqualTo(30);
        assertThatThrownBy(() -> m.setProblemWidth(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 10");
    }

    @Test
    void aConditionMustBeTrueOrFalseAndARankingANumberWithItsOrder() {
        ExpressionEditorModel cond = new ExpressionEditorModel(ExpressionEditorModel.Role.CONDITION);
        cond.textProperty().set("roc(5)");
        assertThat(cond.problemProperty().get().message()).startsWith("a condition must be true or false");
        ExpressionEditorModel rank = new ExpressionEditorModel(ExpressionEditorModel.Role.RANKING);
        rank.textProperty().set("merit desc");
        assertThat(rank.problemProperty().get()).isNull();
        assertThat(rank.spans().getLast().kind()).isEqualTo(Syntax.Kind.KEYWORD);
        rank.textProperty().set("merit dsc");
        assertThat(rank.problemProperty().get().message()).startsWith("unexpected 'dsc' after a complete expression at 1:7");
    }

    @Test
    void acceptingACompletionReplacesTheWordAndOpensAFunction() {
        ExpressionEditorModel m = new ExpressionEditorModel(ExpressionEditorModel.Role.CONDITION);
        m.textProperty().set("close > weekly.sm and x");
        var items = m.completions(17);
        assertThat(items.getFirst().text()).isEqualTo("sma");
        ExpressionEditorModel.Edit e = m.accept(items.getFirst(), 17);
        assertThat(e.text()).isEqualTo("close > weekly.sma( and x");
        assertThat(e.caret()).isEqualTo(19);
        assertThat(m.textProperty().get()).isEqualTo(e.text());
        var merit = m.completions(0).stream().filter(c -> c.text().equals("merit")).findFirst().orElseThrow();
        m.textProperty().set("mer");
        assertThat(m.accept(merit, 3).text()).isEqualTo("merit");
    }
}
