package io.technic.app.ui.scan;

/** Where a scan's bars come from. */
public enum SourceKind {
    /** The embedded simulated market. */
    SIM("Demo market (simulated)"),
    /** A long CSV file or a folder of per-symbol files. */
    CSV("CSV file or folder"),
    /** The local columnar bar store ({@code technic store import} fills it), any folder. */
    STORE("Local bar store"),
    /**
     * The live provider's data: the user's bar store as {@code technic sync} keeps it (Polygon's
     * daily bars, sectors and market caps). Open only when that store exists; intraday quotes are
     * monitored in the Watchlists tab.
     */
    LIVE("Live provider (Polygon store)");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
