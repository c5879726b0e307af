package io.technic.app.ui.scan;

/** Where a scan's bars come from. */
public enum SourceKind {
    /** The embedded simulated market. */
    SIM("Demo market (simulated)", true),
    /** A long CSV file or a folder of per-symbol files. */
    CSV("CSV file or folder", true),
    /** The local columnar bar store ({@code technic store import} fills it). */
    STORE("Local bar store", true),
    /** Streaming provider data: not built yet, shown so the trader knows it is coming. */
    LIVE("Live provider (monitor it in the Watchlists tab)", false);

    private final String label;
    private final boolean available;

    SourceKind(String label, boolean available) {
        this.label = label;
        this.available = available;
    }

    public String label() {
        return label;
    }

    /** Whether this source can be chosen today. */
    public boolean available() {
        return available;
    }

    @Override
    public String toString() {
        return label;
    }
}
