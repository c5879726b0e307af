package io.technic.app.ui.chart;

import java.util.List;

/** The price overlays a user can switch on and off, each naming the {@link ChartData.Line}s it draws. */
public enum Overlay {
    SMA_20("SMA 20", ChartData.Line.SMA_20),
    SMA_50("SMA 50", ChartData.Line.SMA_50),
    SMA_200("SMA 200", ChartData.Line.SMA_200),
    EMA_12("EMA 12", ChartData.Line.EMA_12),
    EMA_26("EMA 26", ChartData.Line.EMA_26),
    BOLLINGER("BB 20/2", ChartData.Line.BB_UPPER, ChartData.Line.BB_MIDDLE, ChartData.Line.BB_LOWER),
    KELTNER("KC 20", ChartData.Line.KC_UPPER, ChartData.Line.KC_MIDDLE, ChartData.Line.KC_LOWER),
    SUPERTREND("ST 10/3", ChartData.Line.SUPERTREND);

    private final String label;
    private final List<ChartData.Line> lines;

    Overlay(String label, ChartData.Line... lines) {
        this.label = label;
        this.lines = List.of(lines);
    }

    /** Short label for toggles and legends, e.g. {@code SMA 20}. */
    public String label() {
        return label;
    }

    /** The series this overlay draws. */
    public List<ChartData.Line> lines() {
        return lines;
    }
}
