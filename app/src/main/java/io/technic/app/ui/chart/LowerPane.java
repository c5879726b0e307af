package io.technic.app.ui.chart;

/** What the indicator pane below the price shows. */
public enum LowerPane {
    /** RSI 14, percent, with the 30 / 70 guides. */
    RSI("RSI 14"),
    /** MACD 12/26/9: line, signal and histogram, price units. */
    MACD("MACD 12/26/9");

    private final String label;

    LowerPane(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
