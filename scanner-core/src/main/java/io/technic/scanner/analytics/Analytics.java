package io.technic.scanner.analytics;

import io.technic.scanner.feature.Features;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Regime;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.portfolio.Allocation;
import io.technic.scanner.portfolio.Portfolio;
import io.technic.scanner.portfolio.PortfolioSpec;
import io.technic.scanner.score.options.OptionIdea;
import io.technic.scanner.score.options.OptionIdeas;
import io.technic.scanner.score.options.View;
import io.technic.scanner.score.risk.RiskSizing;
import io.technic.scanner.score.risk.SizingPlan;
import io.technic.scanner.score.risk.SizingSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link ScanAnalytics} for a result. Sizing uses each row's close, ATR 14 and
 * 20-day realized volatility; option ideas take the view from the row's rank percentile
 * (top 20 % bullish), the volatility percentile of its realized volatility among all ranked
 * rows, and the scan's regime (UNKNOWN treated as NEUTRAL). Stateless.
 */
public final class Analytics {

    private Analytics() {}

    /**
     * @param market the market the scan ran on (the portfolio reads its daily returns up to the
     *               as-of date); may be null when {@code spec.portfolio()} is 0
     * @throws IllegalArgumentException if a portfolio is asked for without the market, or the
     *                                  portfolio cannot be built (too little common history)
     */
    public static ScanAnalytics compute(ScanResult result, Market market, AnalyticsSpec spec) {
        if (spec.isEmpty()) {
            return ScanAnalytics.NONE;
        }
        List<ScanRow> rows = result.rows();
        Map<String, SizingPlan> sizing = new LinkedHashMap<>();
        if (spec.accountUsd() > 0) {
            SizingSpec sizingSpec = SizingSpec.of(spec.accountUsd(), spec.riskFraction());
            for (ScanRow row : rows) {
                double vol = row.feature(Features.REALIZED_VOL_20);
                double atr = row.feature(Features.ATR_14);
                if (vol > 0 && atr > 0) {
                    sizing.put(row.symbol(), RiskSizing.plan(row.feature(Features.CLOSE), atr,
                            RiskSizing.dailyVol(vol), sizingSpec));
                }
            }
        }
        List<OptionIdea> ideas = new ArrayList<>();
        if (spec.optionIdeas() > 0 && !rows.isEmpty()) {
            double[] vols = new double[rows.size()];
            for (int i = 0; i < vols.length; i++) {
                vols[i] = rows.get(i).feature(Features.REALIZED_VOL_20);
            }
            Regime.Name regime = result.regime() == null || result.regime().name() == Regime.Name.UNKNOWN
                    ? Regime.Name.NEUTRAL : result.regime().name();
            for (int i = 0; i < Math.min(spec.optionIdeas(), rows.size()); i++) {
                ScanRow row = rows.get(i);
                double rankPct = rows.size() == 1 ? 1 : 1 - (double) i / (rows.size() - 1);
                double vol = vols[i];
                if (vol > 0) {
                    ideas.add(OptionIdeas.suggest(row.symbol(), row.feature(Features.CLOSE), vol,
                            OptionIdeas.volPercentile(vols, vol), regime, View.fromRankPercentile(rankPct)));
                }
            }
        }
        Allocation portfolio = null;
        int k = Math.min(spec.portfolio(), rows.size());
        if (k >= 2) {
            if (market == null) {
                throw new IllegalArgumentException("a portfolio needs the market the scan ran on");
            }
            int[] idx = new int[k];
            var positions = market.positions();
            for (int i = 0; i < k; i++) {
                idx[i] = positions.getOrDefault(rows.get(i).symbol(), -1);
            }
            // caps that cannot be met (fewer than 1 / maxWeight names) are relaxed and reported by Portfolio
            portfolio = Portfolio.build(market, idx, result.asOf(), PortfolioSpec.DEFAULT);
        }
        return new ScanAnalytics(sizing, ideas, portfolio);
    }
}
