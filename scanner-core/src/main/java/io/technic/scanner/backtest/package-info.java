/**
 * Scan backtests: a scan-language condition and ranking evaluated on every trading day of a date
 * range across the whole universe without look-ahead, with the forward returns of each day's top
 * N against the index and the universe, and the equity curve of a top-N portfolio
 * ({@link io.technic.scanner.backtest.Backtest}).
 */
package io.technic.scanner.backtest;
