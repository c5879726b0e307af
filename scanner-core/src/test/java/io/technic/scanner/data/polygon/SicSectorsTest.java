package io.technic.scanner.data.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.SymbolInfo;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SicSectorsTest {

    @Test
    void wellKnownCompaniesLandInTheirGicsSector() {
        // SIC codes as filed with the SEC (EDGAR) by each company
        Map<String, String> expected = Map.ofEntries(
                Map.entry("3571", "Information Technology"),   // Apple
                Map.entry("3674", "Information Technology"),   // NVIDIA
                Map.entry("7372", "Information Technology"),   // Microsoft
                Map.entry("2834", "Health Care"),              // Pfizer
                Map.entry("3841", "Health Care"),              // Boston Scientific
                Map.entry("6021", "Financials"),               // JPMorgan
                Map.entry("6311", "Financials"),               // MetLife
                Map.entry("2911", "Energy"),                   // Exxon Mobil
                Map.entry("1311", "Energy"),                   // ConocoPhillips
                Map.entry("4911", "Utilities"),                // Duke Energy
                Map.entry("4813", "Communication Services"),   // AT&T
                Map.entry("7841", "Communication Services"),   // Netflix
                Map.entry("6798", "Real Estate"),              // Prologis (REIT)
                Map.entry("3711", "Consumer Discretionary"),   // Ford
                Map.entry("5961", "Consumer Discretionary"),   // Amazon
                Map.entry("5812", "Consumer Discretionary"),   // McDonald's
                Map.entry("1531", "Consumer Discretionary"),   // Lennar (homebuilder)
                Map.entry("2080", "Consumer Staples"),         // Coca-Cola
                Map.entry("2844", "Consumer Staples"),         // Estee Lauder
                Map.entry("5331", "Consumer Staples"),         // Walmart
                Map.entry("3721", "Industrials"),              // Boeing
                Map.entry("4011", "Industrials"),              // Union Pacific
                Map.entry("4953", "Industrials"),              // Waste Management
                Map.entry("2821", "Materials"),                // Dow
                Map.entry("1040", "Materials"));               // Newmont
        expected.forEach((sic, sector) -> assertThat(SicSectors.sector(sic)).as("SIC " + sic).isEqualTo(sector));
    }

    @Test
    void everySectorIsReachableAndNothingElseComesOut() {
        assertThat(SicSectors.SECTORS).hasSize(11);
        Set<String> seen = new HashSet<>();
        for (int code = 0; code <= 9999; code++) {
            String s = SicSectors.sector(String.format("%04d", code));
            assertThat(s).as("SIC %04d", code).isIn(concat(SymbolInfo.UNKNOWN));
            seen.add(s);
        }
        assertThat(seen).containsAll(SicSectors.SECTORS);
    }

    private static Object[] concat(String extra) {
        Object[] a = SicSectors.SECTORS.toArray(new Object[SicSectors.SECTORS.size() + 1]);
        a[SicSectors.SECTORS.size()] = extra;
        return a;
    }

    @Test
    void blankOddAndNonOperatingCodesAreUnknown() {
        assertThat(SicSectors.sector(null)).isEqualTo(SymbolInfo.UNKNOWN);
        assertThat(SicSectors.sector(" ")).isEqualTo(SymbolInfo.UNKNOWN);
        assertThat(SicSectors.sector("36x4")).isEqualTo(SymbolInfo.UNKNOWN);
        assertThat(SicSectors.sector("9995")).isEqualTo(SymbolInfo.UNKNOWN);
        assertThat(SicSectors.sector(" 3571 ")).isEqualTo("Information Technology");
    }

    @Test
    void theSicDescriptionBecomesATitleCasedIndustry() {
        assertThat(SicSectors.industry("SEMICONDUCTORS & RELATED DEVICES")).isEqualTo("Semiconductors & Related Devices");
        assertThat(SicSectors.industry("SERVICES-PREPACKAGED SOFTWARE")).isEqualTo("Services-Prepackaged Software");
        assertThat(SicSectors.industry(null)).isEqualTo(SymbolInfo.UNKNOWN);
    }
}
