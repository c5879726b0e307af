/**
 * The backtest screen: a scan's condition and ranking backtested over a date range, its equity
 * curve against the index and the universe, and its statistics per forward horizon.
 */
package io.technic.app.ui.backtest;
