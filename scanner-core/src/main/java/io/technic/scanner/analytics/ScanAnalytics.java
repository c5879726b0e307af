package io.technic.scanner.analytics;

import io.technic.scanner.portfolio.Allocation;
import io.technic.scanner.score.options.OptionIdea;
import io.technic.scanner.score.risk.SizingPlan;
import java.util.List;
import java.util.Map;

/**
 * The analytics of one scan.
 *
 * @param sizing      position plan per ranked symbol (empty without an account size)
 * @param optionIdeas option ideas for the top rows, best first — Black–Scholes ESTIMATES from
 *                    realized volatility, not quotes
 * @param portfolio   risk-parity and minimum-variance weights for the top rows, or null
 */
public record ScanAnalytics(Map<String, SizingPlan> sizing, List<OptionIdea> optionIdeas, Allocation portfolio) {

    public static final ScanAnalytics NONE = new ScanAnalytics(Map.of(), List.of(), null);

    public ScanAnalytics {
        sizing = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sizing));
        optionIdeas = List.copyOf(optionIdeas);
    }
}
