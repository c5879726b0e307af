package io.technic.scanner.data.polygon;

import io.technic.scanner.model.SymbolInfo;
import java.util.List;
import java.util.Locale;

/**
 * Maps a four-digit US SIC code (what Polygon's ticker details give as {@code sic_code}) to one
 * of the 11 GICS sectors the engine uses (the simulated market's names, so sector filters,
 * sector-neutral factors and sector caps work alike on both).
 *
 * <p>SIC predates GICS and cuts differently, so this is an approximation by ranges, the most
 * specific range first. The table (also in the README):
 * <pre>
 * 0100-0799 agriculture, 0900-0999 fishing       Consumer Staples
 * 0800-0899 forestry                              Materials
 * 1000-1199 metal mining, 1400-1499 quarrying     Materials
 * 1200-1399 coal, oil and gas extraction          Energy
 * 1520-1531 operative builders (homebuilders)     Consumer Discretionary
 * 1500-1799 construction                          Industrials
 * 2000-2199 food, beverages, tobacco              Consumer Staples
 * 2200-2399 textiles, apparel                     Consumer Discretionary
 * 2400-2499 lumber, 2600-2699 paper               Materials
 * 2500-2599 furniture                             Consumer Discretionary
 * 2700-2799 printing and publishing               Communication Services
 * 2830-2836 drugs, biologicals                    Health Care
 * 2840-2844 soap, cosmetics                       Consumer Staples
 * 2800-2899 other chemicals                       Materials
 * 2900-2999 petroleum refining                    Energy
 * 3011 tires                                      Consumer Discretionary
 * 3000-3099 rubber, plastics                      Materials
 * 3100-3199 leather                               Consumer Discretionary
 * 3200-3399 stone, glass, primary metals          Materials
 * 3400-3499 fabricated metal                      Industrials
 * 3570-3579 computers, office equipment           Information Technology
 * 3500-3599 other machinery                       Industrials
 * 3630-3659 appliances, consumer electronics      Consumer Discretionary
 * 3660-3689 communications equipment, semis       Information Technology
 * 3600-3699 other electrical equipment            Industrials
 * 3710-3716, 3750-3751 vehicles, parts, bikes     Consumer Discretionary
 * 3700-3799 aircraft, ships, rail, defence        Industrials
 * 3840-3851 medical instruments                   Health Care
 * 3870-3873 watches                               Consumer Discretionary
 * 3800-3899 measuring, photographic instruments   Information Technology
 * 3900-3999 toys, sporting goods, jewellery       Consumer Discretionary
 * 4800-4899 communications                        Communication Services
 * 4922 natural gas transmission                   Energy
 * 4950-4959 sanitary services (waste)             Industrials
 * 4900-4999 electric, gas, water utilities        Utilities
 * 4000-4799 transportation                        Industrials
 * 5045 computers (wholesale)                      Information Technology
 * 5047, 5122 medical, drugs (wholesale)           Health Care
 * 5140-5149 groceries (wholesale)                 Consumer Staples
 * 5170-5172 petroleum (wholesale)                 Energy
 * 5000-5199 other wholesale                       Industrials
 * 5331, 5399, 5400-5499, 5912 general, food, drug stores  Consumer Staples
 * 5200-5999 other retail, restaurants             Consumer Discretionary
 * 6500-6553, 6798 real estate, REITs              Real Estate
 * 6792 oil royalty traders                        Energy
 * 6000-6799 finance, insurance                    Financials
 * 7310-7319 advertising                           Communication Services
 * 7370-7379 software, data processing             Information Technology
 * 7800-7899 motion pictures                       Communication Services
 * 7000-7299, 7500-7599, 7900-7999 hotels, personal, auto repair, amusement  Consumer Discretionary
 * 8000-8099 health services, 8731 biological research   Health Care
 * 8200-8299 education                             Consumer Discretionary
 * 7300-8999 other services                        Industrials
 * 9100-9729 public administration                 Industrials
 * anything else (9995 non-operating, 9999, none)  Unknown
 * </pre>
 * Known misfits: internet platforms filed under 7370 (GICS: Communication Services) come out as
 * Information Technology, and SIC has no sector for funds (ETFs have no SIC: Unknown).
 * Thread-safe (immutable).
 */
public final class SicSectors {

    /** The 11 sector names. */
    public static final List<String> SECTORS = List.of("Information Technology", "Health Care", "Financials",
            "Industrials", "Consumer Discretionary", "Consumer Staples", "Energy", "Materials", "Real Estate",
            "Utilities", "Communication Services");

    private record Range(int from, int to, String sector) {}

    private static final String IT = "Information Technology";
    private static final String HC = "Health Care";
    private static final String FIN = "Financials";
    private static final String IND = "Industrials";
    private static final String CD = "Consumer Discretionary";
    private static final String CS = "Consumer Staples";
    private static final String EN = "Energy";
    private static final String MAT = "Materials";
    private static final String RE = "Real Estate";
    private static final String UT = "Utilities";
    private static final String COM = "Communication Services";

    /** First match wins: specific ranges before the division they sit in. */
    private static final List<Range> TABLE = List.of(
            new Range(800, 899, MAT), new Range(100, 999, CS),
            new Range(1000, 1199, MAT), new Range(1200, 1399, EN), new Range(1400, 1499, MAT),
            new Range(1520, 1531, CD), new Range(1500, 1799, IND),
            new Range(2000, 2199, CS), new Range(2200, 2399, CD), new Range(2400, 2499, MAT),
            new Range(2500, 2599, CD), new Range(2600, 2699, MAT), new Range(2700, 2799, COM),
            new Range(2830, 2836, HC), new Range(2840, 2844, CS), new Range(2800, 2899, MAT),
            new Range(2900, 2999, EN), new Range(3011, 3011, CD), new Range(3000, 3099, MAT),
            new Range(3100, 3199, CD), new Range(3200, 3399, MAT), new Range(3400, 3499, IND),
            new Range(3570, 3579, IT), new Range(3500, 3599, IND),
            new Range(3630, 3659, CD), new Range(3660, 3689, IT), new Range(3600, 3699, IND),
            new Range(3710, 3716, CD), new Range(3750, 3751, CD), new Range(3700, 3799, IND),
            new Range(3840, 3851, HC), new Range(3870, 3873, CD), new Range(3800, 3899, IT),
            new Range(3900, 3999, CD),
            new Range(4800, 4899, COM), new Range(4922, 4922, EN), new Range(4950, 4959, IND),
            new Range(4900, 4999, UT), new Range(4000, 4799, IND),
            new Range(5045, 5045, IT), new Range(5047, 5047, HC), new Range(5122, 5122, HC),
            new Range(5140, 5149, CS), new Range(5170, 5172, EN), new Range(5000, 5199, IND),
            new Range(5331, 5331, CS), new Range(5399, 5399, CS), new Range(5400, 5499, CS),
            new Range(5912, 5912, CS), new Range(5200, 5999, CD),
            new Range(6500, 6553, RE), new Range(6798, 6798, RE), new Range(6792, 6792, EN),
            new Range(6000, 6799, FIN),
            new Range(7310, 7319, COM), new Range(7370, 7379, IT), new Range(7800, 7899, COM),
            new Range(7000, 7299, CD), new Range(7500, 7599, CD), new Range(7900, 7999, CD),
            new Range(8000, 8099, HC), new Range(8731, 8731, HC), new Range(8200, 8299, CD),
            new Range(7300, 8999, IND), new Range(9100, 9729, IND));

    private SicSectors() {}

    /**
     * The sector of {@code sic} (e.g. {@code "3571"}), or {@link SymbolInfo#UNKNOWN} for a blank,
     * non-numeric or unlisted code.
     */
    public static String sector(String sic) {
        if (sic == null || sic.isBlank()) {
            return SymbolInfo.UNKNOWN;
        }
        int code;
        try {
            code = Integer.parseInt(sic.strip());
        } catch (NumberFormatException e) {
            return SymbolInfo.UNKNOWN;
        }
        for (Range r : TABLE) {
            if (code >= r.from && code <= r.to) {
                return r.sector;
            }
        }
        return SymbolInfo.UNKNOWN;
    }

    /**
     * An industry name from Polygon's {@code sic_description} ({@code "ELECTRONIC COMPUTERS"} →
     * {@code "Electronic Computers"}), or {@link SymbolInfo#UNKNOWN} when blank.
     */
    public static String industry(String sicDescription) {
        if (sicDescription == null || sicDescription.isBlank()) {
            return SymbolInfo.UNKNOWN;
        }
        String s = sicDescription.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return b.toString();
    }
}
