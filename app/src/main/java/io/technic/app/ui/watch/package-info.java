/**
 * The watchlist screen: {@link io.technic.app.ui.watch.WatchViewModel} (lists, live rows with
 * scores, alert rules and their editor, the alert history, monitoring on/off and interval) and
 * {@link io.technic.app.ui.watch.WatchView}, which also raises ControlsFX notifications for alerts.
 */
package io.technic.app.ui.watch;
