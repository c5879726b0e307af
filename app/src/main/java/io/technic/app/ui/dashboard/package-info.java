/**
 * The dashboard: a strip of TilesFX tiles a trader can glance at — last scan time, throughput,
 * per-stage timings, cache hit rate, cores, result source, market regime, universe accounting
 * and live progress. {@link io.technic.app.ui.dashboard.DashboardViewModel} turns scan events into
 * display values; {@link io.technic.app.ui.dashboard.DashboardView} only lays out tiles.
 */
package io.technic.app.ui.dashboard;
