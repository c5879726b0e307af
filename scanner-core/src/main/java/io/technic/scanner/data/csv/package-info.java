/**
 * CSV bar sources: {@link io.technic.scanner.data.csv.CsvBarSource} reads the long format
 * ({@code symbol,date,open,high,low,close,volume}) or directories of Yahoo/Stooq per-symbol
 * files, gz or plain, with documented bad-data treatment ({@link io.technic.scanner.data.csv.DataQuality}).
 * Parsing is byte-level into primitive columns.
 */
package io.technic.scanner.data.csv;
