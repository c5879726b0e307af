/**
 * The FX-thread door ({@link io.technic.app.ui.fx.FxGate}: the only caller of
 * {@code Platform.runLater}, with latest-value coalescing) and the pulse-gap monitor.
 */
package io.technic.app.ui.fx;
