/**
 * Watchlists and monitoring: {@link io.technic.scanner.watch.Watchlist}s, saved scans and
 * {@link io.technic.scanner.watch.AlertRule}s kept in a {@link io.technic.scanner.watch.WatchConfig},
 * persisted crash-safely by {@link io.technic.scanner.watch.WatchStore}; the
 * {@link io.technic.scanner.watch.Monitor} that re-evaluates the rules on a live source's
 * snapshots, with edge triggering, hysteresis and cool-down; the append-only
 * {@link io.technic.scanner.watch.AlertHistory}; and alert delivery (lines, JSON lines, signed webhooks).
 */
package io.technic.scanner.watch;
