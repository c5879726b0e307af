package io.technic.app.ui.results;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The explanation panel: the ranking score's terms as bars, sub-scores and factor exposures of the selected row. */
public final class ExplanationView extends ScrollPane {

    private static final double BAR = 110;

    public ExplanationView(ExplanationViewModel vm) {
        setId("explanation-view");
        getStyleClass().add("ws-explain");
        setFitToWidth(true);
        Label title = new Label();
        title.setId("explain-title");
        title.getStyleClass().add("ws-title");
        title.textProperty().bind(vm.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("muted");
        subtitle.setWrapText(true);
        subtitle.textProperty().bind(vm.subtitleProperty());
        Label headline = new Label();
        headline.setId("explain-headline");
        headline.getStyleClass().add("ws-headline");
        headline.textProperty().bind(vm.headlineProperty());

        GridPane terms = grid();
        terms.setId("explain-terms");
        GridPane scores = grid();
        scores.setId("explain-scores");
        GridPane factors = grid();
        factors.setId("explain-factors");
        Label scoresHead = section("Sub-scores (0–100)");
        Label factorsHead = section("Factor exposures (z vs universe)");
        vm.terms().addListener((ListChangeListener<ExplanationViewModel.Term>) c -> fillTerms(terms, vm.terms()));
        vm.scores().addListener((ListChangeListener<ExplanationViewModel.Item>) c -> fillItems(scores, vm.scores(), false));
        vm.factors().addListener((ListChangeListener<ExplanationViewModel.Item>) c -> fillItems(factors, vm.factors(), true));
        scoresHead.visibleProperty().bind(vm.symbolProperty().isNotEmpty());
        factorsHead.visibleProperty().bind(vm.symbolProperty().isNotEmpty());

        VBox box = new VBox(4, section("Why it ranks there"), title, subtitle, headline, terms, scoresHead, scores, factorsHead, factors);
        box.setPadding(new Insets(8, 10, 8, 10));
        setContent(box);
    }

    private static void fillTerms(GridPane g, List<ExplanationViewModel.Term> terms) {
        g.getChildren().clear();
        int y = 0;
        for (ExplanationViewModel.Term t : terms) {
            Label name = new Label(t.label());
            Label calc = new Label(String.format(Locale.ROOT, "%.1f × %.3f", t.value(), t.weight()));
            calc.getStyleClass().add("muted");
            Region fill = new Region();
            fill.getStyleClass().add(t.points() >= 0 ? "ws-bar-up" : "ws-bar-down");
            fill.setMaxWidth(Math.max(1, BAR * t.share()));
            fill.setPrefWidth(Math.max(1, BAR * t.share()));
            fill.setMaxHeight(10);
            StackPane bar = new StackPane(fill);
            bar.setAlignment(t.points() >= 0 ? javafx.geometry.Pos.CENTER_LEFT : javafx.geometry.Pos.CENTER_RIGHT);
            bar.setPrefWidth(BAR);
            bar.getStyleClass().add("ws-bar-track");
            Label pts = new Label(String.format(Locale.ROOT, "%+.2f", t.points()));
            pts.getStyleClass().addAll("ws-num-label", t.points() >= 0 ? "up" : "down");
            g.addRow(y++, name, calc, bar, pts);
            GridPane.setHalignment(pts, HPos.RIGHT);
            GridPane.setHalignment(calc, HPos.RIGHT);
        }
    }

    private static void fillItems(GridPane g, List<ExplanationViewModel.Item> items, boolean signed) {
        g.getChildren().clear();
        int i = 0;
        for (ExplanationViewModel.Item it : items) {
            Label name = new Label(it.label());
            name.getStyleClass().add("muted");
            String text = !Double.isFinite(it.value()) ? "n/a"
                    : signed ? String.format(Locale.ROOT, "%+.2f", it.value()) : String.format(Locale.ROOT, "%.1f", it.value());
            Label value = new Label(text);
            value.getStyleClass().add("ws-num-label");
            if (signed && Double.isFinite(it.value())) {
                value.getStyleClass().add(it.value() >= 0 ? "up" : "down");
            } else if (!signed && Double.isFinite(it.value()) && !it.name().equals("risk")) { // risk: higher is worse, no band
                ScoreBand b = ScoreBand.of(it.value());
                if (b.pseudoClass() != null) {
                    value.getStyleClass().add("ws-" + b.pseudoClass());
                }
            }
            // two name/value pairs per line keeps the panel short
            g.add(name, (i % 2) * 2, i / 2);
            g.add(value, (i % 2) * 2 + 1, i / 2);
            GridPane.setHalignment(value, HPos.RIGHT);
            i++;
        }
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(2);
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(70);
        g.getColumnConstraints().add(c);
        return g;
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("ws-section");
        return l;
    }
}
