/**
 * The embedded simulated market: {@link io.technic.scanner.data.sim.SimulatedMarket} generates a
 * deterministic universe from a {@link io.technic.scanner.data.sim.SimulationSpec} (companies,
 * factor-driven daily bars, an index) on a US trading calendar
 * ({@link io.technic.scanner.data.sim.TradingCalendar}).
 */
package io.technic.scanner.data.sim;
