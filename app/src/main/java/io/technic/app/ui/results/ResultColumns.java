package io.technic.app.ui.results;

import io.technic.scanner.feature.Features;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results table's columns for a result: identity, the headline scores (MERIT, TechRating,
 * Quality, ICS, RS rank, then any score the engine adds later, such as the ML alpha), the
 * TechRating sub-scores, then price and key indicators. Scores the engine does not produce are
 * left out, so the table grows with the engine without a code change here.
 */
public final class ResultColumns {

    private static final Map<String, String> SCORE_TITLES = Map.ofEntries(
            Map.entry(Merit.MERIT, "MERIT"), Map.entry(TechRating.TECH_RATING, "Tech"),
            Map.entry(Merit.QUALITY, "Quality"), Map.entry(Merit.ICS, "ICS"), Map.entry(Merit.RS_RANK, "RS"),
            Map.entry(Merit.ALPHA, "Alpha"), Map.entry("alpha5d", "α 5d"), Map.entry("alpha10d", "α 10d"),
            Map.entry(TechRating.TREND, "Trend"),
            Map.entry(TechRating.MOMENTUM, "Mom"), Map.entry(TechRating.VOLUME, "Vol"),
            Map.entry(TechRating.VOLATILITY, "Calm"), Map.entry(Merit.RISK, "Risk"));

    /** Headline scores first, in this order; other scores follow in the engine's order. */
    private static final List<String> HEADLINE = List.of(Merit.MERIT, TechRating.TECH_RATING, Merit.QUALITY,
            Merit.ICS, Merit.RS_RANK, Merit.ALPHA, "alpha5d", "alpha10d");

    private ResultColumns() {}

    /** Columns for the rows of {@code r} (identity and price columns only when it has no rows). */
    public static List<ResultColumn> of(ScanResult r) {
        Set<String> scoreNames = new LinkedHashSet<>();
        Set<String> featureNames = r == null ? Set.of() : Set.copyOf(r.schema().names());
        if (r != null && !r.rows().isEmpty()) {
            Set<String> present = r.rows().getFirst().scores().keySet();
            HEADLINE.stream().filter(present::contains).forEach(scoreNames::add);
            scoreNames.addAll(present);
        }
        List<ResultColumn> cols = new ArrayList<>();
        cols.add(ResultColumn.number("rank", "#", 0, ScanRow::rank));
        cols.add(ResultColumn.text("symbol", "Symbol", ScanRow::symbol));
        cols.add(ResultColumn.text("name", "Name", row -> row.info().name()));
        cols.add(ResultColumn.text("sector", "Sector", row -> row.info().sector()));
        for (String s : scoreNames) {
            String title = SCORE_TITLES.getOrDefault(s, s);
            if (s.equals(Merit.RISK)) {
                cols.add(ResultColumn.number(s, title, 2, row -> score(row, s)));
            } else {
                cols.add(ResultColumn.score(s, title, row -> score(row, s)));
            }
        }
        feature(cols, featureNames, Features.CLOSE, "Price", 2, 1);
        feature(cols, featureNames, Features.ATR_PCT, "ATR%", 2, 1);
        feature(cols, featureNames, Features.RSI_14, "RSI", 1, 1);
        feature(cols, featureNames, Features.ADX_14, "ADX", 1, 1);
        feature(cols, featureNames, Features.REL_VOLUME_20, "RelVol", 2, 1);
        feature(cols, featureNames, Features.DIST_52W_HIGH, "52wHi%", 1, 100);
        feature(cols, featureNames, Features.RET_21, "1M%", 1, 100);
        feature(cols, featureNames, Features.DOLLAR_VOLUME_20, "$Vol M", 1, 1e-6);
        return List.copyOf(cols);
    }

    private static void feature(List<ResultColumn> cols, Set<String> names, String feature, String title, int decimals,
                                double scale) {
        if (names.contains(feature)) {
            cols.add(ResultColumn.number(feature, title, decimals, row -> scale * row.feature(feature)));
        }
    }

    private static double score(ScanRow row, String name) {
        Double v = row.scores().get(name);
        return v == null ? Double.NaN : v;
    }
}
