package io.technic.scanner.data.sim;

import io.technic.scanner.model.Fundamentals;

/**
 * The fixed parameters of one simulated company; its bars come from these and its own random
 * stream. Volatilities are daily fractions.
 *
 * @param symbol     unique ticker, 1-5 upper-case letters
 * @param name       company name
 * @param sector     index into {@link Sector#ALL}
 * @param industry   GICS industry
 * @param marketCap0 market capitalisation on the first session, USD
 * @param price0     reference price before the first session (the first bar opens near it)
 * @param beta       loading on the market factor
 * @param gamma      loading on its sector factor
 * @param idioVol    long-run idiosyncratic volatility
 * @param totalVol   long-run total volatility (market, sector and idiosyncratic parts)
 * @param lowVolZ    standardised minus log annualised idiosyncratic volatility, in [-3, 3]
 * @param qualityZ   standardised ROE relative to its sector, in [-3, 3]
 * @param turnover   mean daily share turnover (fraction of shares outstanding)
 * @param start      index of its first session in the calendar (0 unless it listed later)
 * @param earnings   session phase (mod 63) of its quarterly earnings gaps
 * @param fundamentals ratios reported on its {@code SymbolInfo}
 * @param streamSeed seed of its own random stream
 */
record Company(String symbol, String name, int sector, String industry, double marketCap0, double price0,
               double beta, double gamma, double idioVol, double totalVol, double lowVolZ, double qualityZ,
               double turnover, int start, int earnings, Fundamentals fundamentals, long streamSeed) {}
