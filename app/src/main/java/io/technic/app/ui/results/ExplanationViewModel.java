package io.technic.app.ui.results;

import io.technic.scanner.model.Contribution;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Why the selected symbol ranks where it does: the ranking score's terms (value × weight =
 * points, largest first, as {@code technic explain} prints them), its sub-scores and its factor
 * exposures. Use from the FX thread only.
 */
public final class ExplanationViewModel {

    /** One term of the ranking score; {@code share} is |points| relative to the largest term (0–1), for a bar. */
    public record Term(String name, String label, double value, double weight, double points, double share) {}

    /** A named number (sub-score or factor z-score). */
    public record Item(String name, String label, double value) {}

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("merit", "MERIT"), Map.entry("techRating", "TechRating"), Map.entry("quality", "Quality"),
            Map.entry("ics", "ICS"), Map.entry("rsRank", "RS rank"), Map.entry("riskPenalty", "Risk penalty"),
            Map.entry("risk", "Risk"), Map.entry("alpha", "Alpha (ML)"), Map.entry("alpha5d", "Alpha 5d"), Map.entry("alpha10d", "Alpha 10d"), Map.entry("trend", "Trend"),
            Map.entry("momentum", "Momentum"), Map.entry("volume", "Volume"), Map.entry("volatility", "Calm (volatility)"),
            Map.entry("fMomentum", "Momentum 12-1"), Map.entry("fReversal", "Reversal"), Map.entry("fLowVol", "Low volatility"),
            Map.entry("fBeta", "Beta"), Map.entry("fSize", "Size"), Map.entry("fValue", "Value"),
            Map.entry("fQuality", "Quality"), Map.entry("fGrowth", "Growth"));

    private final ReadOnlyStringWrapper symbol = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Select a row to see why it ranks there");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ObservableList<Term> terms = FXCollections.observableArrayList();
    private final ObservableList<Item> scores = FXCollections.observableArrayList();
    private final ObservableList<Item> factors = FXCollections.observableArrayList();

    /** Explains {@code row} within {@code result}; a null row clears the panel. */
    public void show(ScanRow row, ScanResult result) {
        if (row == null || result == null) {
            symbol.set("");
            title.set("Select a row to see why it ranks there");
            subtitle.set("");
            headline.set("");
            terms.clear();
            scores.clear();
            factors.clear();
            return;
        }
        symbol.set(row.symbol());
        title.set(row.symbol() + "  " + row.info().name());
        subtitle.set(String.format(Locale.ROOT, "%s · %s  ·  rank %,d of %,d  ·  %s  ·  regime %s", row.info().sector(),
                row.info().industry(), row.rank(), result.accounting().ranked(), result.request().profile().id(),
                result.regime() == null ? "–" : result.regime().name().name()));
        headline.set(String.format(Locale.ROOT, "MERIT %.1f =", row.score()));
        double max = 0;
        for (Contribution c : row.contributions()) {
            max = Math.max(max, Math.abs(c.points()));
        }
        List<Term> t = new ArrayList<>();
        for (Contribution c : row.contributions()) {
            t.add(new Term(c.name(), label(c.name()), c.value(), c.weight(), c.points(), max == 0 ? 0 : Math.abs(c.points()) / max));
        }
        terms.setAll(t);
        scores.setAll(items(row.scores()));
        factors.setAll(items(row.factors()));
    }

    /** The explanation as plain text, in the layout of {@code technic explain}. */
    public String asText() {
        StringBuilder sb = new StringBuilder(title.get()).append('\n').append(subtitle.get()).append("\n\n").append(headline.get()).append('\n');
        for (Term t : terms) {
            sb.append(String.format(Locale.ROOT, "  %+7.2f  %-14s %6.1f x %6.3f%n", t.points(), t.label(), t.value(), t.weight()));
        }
        return sb.toString();
    }

    static String label(String name) {
        return LABELS.getOrDefault(name, name);
    }

    private static List<Item> items(Map<String, Double> m) {
        List<Item> out = new ArrayList<>(m.size());
        m.forEach((k, v) -> out.add(new Item(k, label(k), v == null ? Double.NaN : v)));
        return out;
    }

    public ReadOnlyStringProperty symbolProperty() { return symbol.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subtitleProperty() { return subtitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }
    public ObservableList<Term> terms() { return terms; }
    public ObservableList<Item> scores() { return scores; }
    public ObservableList<Item> factors() { return factors; }
}
