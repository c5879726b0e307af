package io.technic.scanner.data.sim;

import java.util.List;

/**
 * One of the 11 GICS sectors with the parameters the simulation draws its companies from.
 * Volatilities are daily fractions; margins, ROE and growth are fractions.
 *
 * @param name        GICS sector name
 * @param weight      share of the universe's companies
 * @param industries  a few GICS industries of the sector
 * @param nameWords   words that end company names of the sector ("Therapeutics", "Bancorp")
 * @param beta        mean market beta
 * @param factorVol   long-run daily volatility of the sector factor
 * @param idioScale   multiplier on the size-dependent idiosyncratic volatility
 * @param roe         median return on equity of a mid-size company
 * @param grossMargin median gross margin, NaN where the concept does not apply (banks, insurers)
 * @param netMargin   median net margin of a mid-size company
 * @param pe          median price/earnings of profitable companies
 * @param growth      mean revenue growth
 * @param debtEquity  median debt/equity
 */
record Sector(String name, double weight, List<String> industries, List<String> nameWords, double beta,
              double factorVol, double idioScale, double roe, double grossMargin, double netMargin, double pe,
              double growth, double debtEquity) {

    /** The 11 sectors, in a fixed order (the order decides which sector factor is which). */
    static final List<Sector> ALL = List.of(
            new Sector("Information Technology", 0.14,
                    List.of("Software", "Semiconductors & Semiconductor Equipment", "IT Services",
                            "Technology Hardware, Storage & Peripherals", "Electronic Equipment & Instruments"),
                    List.of("Systems", "Technologies", "Software", "Micro", "Networks", "Semiconductor", "Data",
                            "Digital", "Labs", "Cloud"),
                    1.20, 0.0095, 1.10, 0.16, 0.58, 0.12, 30, 0.12, 0.45),
            new Sector("Health Care", 0.15,
                    List.of("Biotechnology", "Pharmaceuticals", "Health Care Equipment & Supplies",
                            "Health Care Providers & Services", "Life Sciences Tools & Services"),
                    List.of("Therapeutics", "Pharmaceuticals", "Biosciences", "Medical", "Health", "Genomics",
                            "Diagnostics", "Biotherapeutics", "Surgical"),
                    0.85, 0.0075, 1.40, 0.08, 0.60, 0.05, 26, 0.10, 0.50),
            new Sector("Financials", 0.14,
                    List.of("Banks", "Capital Markets", "Insurance", "Consumer Finance", "Financial Services"),
                    List.of("Bancorp", "Financial", "Capital", "Bancshares", "Insurance Group", "Holdings",
                            "Trust", "Asset Management"),
                    1.05, 0.0090, 0.80, 0.11, Double.NaN, 0.20, 13, 0.06, 1.80),
            new Sector("Industrials", 0.13,
                    List.of("Aerospace & Defense", "Machinery", "Building Products", "Ground Transportation",
                            "Commercial Services & Supplies"),
                    List.of("Industries", "Aerospace", "Manufacturing", "Logistics", "Engineering", "Machinery",
                            "Controls", "Freight"),
                    1.05, 0.0080, 0.90, 0.14, 0.30, 0.08, 21, 0.07, 0.80),
            new Sector("Consumer Discretionary", 0.11,
                    List.of("Specialty Retail", "Hotels, Restaurants & Leisure", "Automobiles",
                            "Textiles, Apparel & Luxury Goods", "Household Durables"),
                    List.of("Brands", "Retail", "Motors", "Stores", "Restaurants", "Outfitters", "Homes",
                            "Resorts", "Apparel"),
                    1.15, 0.0090, 1.10, 0.15, 0.38, 0.06, 22, 0.08, 0.90),
            new Sector("Consumer Staples", 0.05,
                    List.of("Food Products", "Beverages", "Household Products", "Consumer Staples Distribution & Retail"),
                    List.of("Foods", "Beverage", "Brands", "Farms", "Consumer Products", "Grocers"),
                    0.60, 0.0060, 0.70, 0.18, 0.35, 0.07, 22, 0.04, 0.90),
            new Sector("Energy", 0.05,
                    List.of("Oil & Gas Exploration & Production", "Integrated Oil & Gas",
                            "Oil & Gas Equipment & Services", "Oil & Gas Storage & Transportation"),
                    List.of("Energy", "Petroleum", "Resources", "Oil & Gas", "Midstream", "Drilling"),
                    1.10, 0.0130, 1.10, 0.13, 0.35, 0.10, 11, 0.05, 0.60),
            new Sector("Materials", 0.05,
                    List.of("Chemicals", "Metals & Mining", "Construction Materials", "Containers & Packaging"),
                    List.of("Chemical", "Materials", "Mining", "Minerals", "Steel", "Packaging"),
                    1.00, 0.0090, 0.90, 0.12, 0.28, 0.08, 17, 0.04, 0.60),
            new Sector("Real Estate", 0.06,
                    List.of("Residential REITs", "Industrial REITs", "Retail REITs", "Office REITs",
                            "Real Estate Management & Development"),
                    List.of("Realty", "Properties", "Real Estate Trust", "Residential", "REIT", "Land"),
                    0.90, 0.0080, 0.80, 0.06, 0.62, 0.18, 34, 0.05, 1.10),
            new Sector("Utilities", 0.03,
                    List.of("Electric Utilities", "Gas Utilities", "Multi-Utilities", "Water Utilities"),
                    List.of("Power", "Electric", "Energy", "Utilities", "Water", "Gas"),
                    0.50, 0.0065, 0.60, 0.095, 0.40, 0.12, 18, 0.04, 1.40),
            new Sector("Communication Services", 0.05,
                    List.of("Interactive Media & Services", "Entertainment", "Diversified Telecommunication Services",
                            "Media"),
                    List.of("Media", "Communications", "Entertainment", "Interactive", "Telecom", "Broadcasting"),
                    1.05, 0.0090, 1.10, 0.12, 0.55, 0.10, 20, 0.08, 0.90));
}
