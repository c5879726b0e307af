package io.technic.app.ui.scan;

import io.technic.scanner.model.Profile;
import java.util.List;

/**
 * The scan screen's inputs as typed, for persistence (the "last request"). Plain strings so a
 * half-edited or invalid form survives a restart exactly as the trader left it.
 *
 * @param storeDir the bar store's folder, blank for its default
 * @param asOf yyyy-MM-dd or blank for the source's last date
 */
public record ScanForm(SourceKind sourceKind, String simSpec, String csvPath, String storeDir, List<String> sectors,
                       String minPrice, String maxPrice, String minDollarVolume, String minHistory,
                       Profile profile, String asOf, String topN, boolean sectorNeutral) {

    public ScanForm {
        sourceKind = sourceKind == null ? SourceKind.SIM : sourceKind;
        simSpec = simSpec == null || simSpec.isBlank() ? "sim" : simSpec;
        csvPath = csvPath == null ? "" : csvPath;
        storeDir = storeDir == null ? "" : storeDir;
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        profile = profile == null ? Profile.BALANCED : profile;
    }

    /** The form a first start shows: the demo market, balanced profile, its default floors, top 100. */
    public static ScanForm defaults() {
        Profile p = Profile.BALANCED;
        return new ScanForm(SourceKind.SIM, "sim", "", "", List.of(), Amounts.format(p.minPrice()), "",
                Amounts.format(p.minDollarVolume()), "", p, "", "0", false);
    }
}
