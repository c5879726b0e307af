package io.technic.app.ui.editor;

import io.technic.scanner.expr.Syntax;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A code editor for one scan expression (RichTextFX {@link CodeArea}): names, numbers, strings,
 * operators and timeframes in their colours, the first problem underlined at its column with the
 * parser's message and a caret below, and a completion list of indicator, score, pattern and
 * function names with their parameters, opened by Ctrl+Space and while typing a name (Up/Down to
 * choose, Enter or Tab to insert, Esc to close).
 *
 * <p>The node ids: the area gets {@code id}, the problem line {@code id + "-problem"}, the
 * completion list {@code id + "-completions"}.
 */
public final class ExpressionEditor extends VBox {

    private static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);

    private final ExpressionEditorModel model;
    private final CodeArea area = new CodeArea();
    private final Label problem = new Label();
    private final ListView<Syntax.Completion> list = new ListView<>();
    private final Popup popup = new Popup();
    private boolean syncing;

    public ExpressionEditor(ExpressionEditorModel model, String id, String prompt) {
        this.model = model;
        getStyleClass().add("ws-expr-editor");
        area.setId(id);
        area.getStyleClass().add("ws-expr");
        area.setWrapText(true);
        area.setPrefHeight(30);
        area.setMinHeight(30);
        // grow with wrapped lines, up to four, instead of scrolling a one-line box
        area.totalHeightEstimateProperty().addListener((obs, was, now) -> {
            if (now != null) {
                area.setPrefHeight(Math.max(30, Math.min(96, now + 10)));
            }
        });
        area.setPrefWidth(320);
        area.setPlaceholder(placeholder(prompt));
        problem.setId(id + "-problem");
        problem.getStyleClass().addAll("ws-expr-problem");
        problem.setWrapText(false);
        problem.setManaged(false);
        problem.setVisible(false);
        getChildren().addAll(area, problem);

        list.setId(id + "-completions");
        list.getStyleClass().add("ws-expr-completions");
        list.setPrefSize(420, 200);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Syntax.Completion c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.signature() + "   —   " + c.description());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                acceptSelected();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        area.replaceText(model.textProperty().get() == null ? "" : model.textProperty().get());
        area.textProperty().addListener((obs, was, now) -> {
            if (!syncing) {
                syncing = true;
                model.textProperty().set(now);
                syncing = false;
            }
            restyle();
        });
        model.textProperty().addListener((obs, was, now) -> {
            if (!syncing) {
                syncing = true;
                area.replaceText(now == null ? "" : now);
                syncing = false;
                restyle();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                e.consume();   // Ctrl+Space asked for completions: no space typed, the list stays open
            }
        });
        area.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (!ch.isEmpty() && (Character.isLetterOrDigit(ch.charAt(0)) || ch.charAt(0) == '_' || ch.charAt(0) == '.')) {
                showCompletions(false);
            } else if (popup.isShowing()) {
                popup.hide();
            }
        });
        area.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                popup.hide();
            }
        });
        restyle();
    }

    private static javafx.scene.Node placeholder(String prompt) {
        Label l = new Label(prompt);
        l.getStyleClass().add("ws-expr-placeholder");
        return l;
    }

    /** The code area (for tests and focus). */
    public CodeArea area() {
        return area;
    }

    /** Whether the completion list is open. */
    public boolean completionsShowing() {
        return popup.isShowing();
    }

    /** The completion list's items (for tests). */
    public List<Syntax.Completion> completionItems() {
        return List.copyOf(list.getItems());
    }

    private void keys(KeyEvent e) {
        if (COMPLETE.match(e)) {
            showCompletions(true);
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ENTER && !popup.isShowing()) {
            e.consume();   // one expression: Enter does not break the line
            return;
        }
        if (!popup.isShowing()) {
            return;
        }
        switch (e.getCode()) {
            case DOWN -> {
                list.getSelectionModel().selectNext();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
            case UP -> {
                list.getSelectionModel().selectPrevious();
                list.scrollTo(list.getSelectionModel().getSelectedIndex());
                e.consume();
            }
            case ENTER, TAB -> {
                acceptSelected();
                e.consume();
            }
            case ESCAPE -> {
                popup.hide();
                e.consume();
            }
            default -> { }
        }
    }

    private void showCompletions(boolean asked) {
        int caret = area.getCaretPosition();
        String text = area.getText();
        int start = Syntax.wordStart(text, caret);
        boolean afterDot = start > 0 && text.charAt(start - 1) == '.';
        if (!asked && start == caret && !afterDot) {
            popup.hide();
            return;
        }
        List<Syntax.Completion> items = model.completions(caret);
        if (items.isEmpty()) {
            popup.hide();
            return;
        }
        list.getItems().setAll(items);
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds b = area.getCaretBounds().orElse(area.localToScreen(area.getBoundsInLocal()));
            popup.show(getScene().getWindow(), b.getMinX(), b.getMaxY() + 2);
        }
    }

    private void acceptSelected() {
        Syntax.Completion c = list.getSelectionModel().getSelectedItem();
        popup.hide();
        if (c == null) {
            return;
        }
        ExpressionEditorModel.Edit edit = model.accept(c, area.getCaretPosition());
        area.moveTo(Math.min(edit.caret(), area.getLength()));
    }

    private void restyle() {
        String text = area.getText();
        List<Syntax.Span> spans = model.spans();
        Syntax.Problem p = model.problemProperty().get();
        int errStart = -1;
        int errEnd = -1;
        if (p != null && !text.isEmpty()) {
            errStart = Math.min(p.offset(), text.length() - 1);
            errEnd = errStart + 1;
            for (Syntax.Span s : spans) {
                if (s.start() == errStart) {
                    errEnd = s.end();
                }
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (Syntax.Span s : spans) {
            if (s.start() > pos) {
                add(b, pos, s.start(), null, errStart, errEnd);
            }
            add(b, s.start(), s.end(), "ws-expr-" + s.kind().name().toLowerCase(Locale.ROOT), errStart, errEnd);
            pos = s.end();
        }
        if (pos < text.length() || text.isEmpty()) {
            add(b, pos, Math.max(pos, text.length()), null, errStart, errEnd);
        }
        StyleSpans<Collection<String>> styles = b.create();
        if (styles.length() == text.length()) {
            area.setStyleSpans(0, styles);
        }
        boolean show = p != null;
        problem.setText(show ? model.problemText() : "");
        problem.setVisible(show);
        problem.setManaged(show);
    }

    /** Adds {@code [from, to)} in {@code style}, splitting out the problem's range to underline it. */
    private static void add(StyleSpansBuilder<Collection<String>> b, int from, int to, String style, int errStart,
                            int errEnd) {
        if (to <= from) {
            if (from == to && to == 0) {
                b.add(Set.of(), 0);
            }
            return;
        }
        int a = Math.max(from, Math.min(to, errStart));
        int z = Math.max(a, Math.min(to, errEnd));
        if (errStart < 0 || a >= z) {
            b.add(style == null ? Set.of() : Set.of(style), to - from);
            return;
        }
        if (a > from) {
            b.add(style == null ? Set.of() : Set.of(style), a - from);
        }
        b.add(style == null ? Set.of("ws-expr-error") : Set.of(style, "ws-expr-error"), z - a);
        if (to > z) {
            b.add(style == null ? Set.of() : Set.of(style), to - z);
        }
    }
}
