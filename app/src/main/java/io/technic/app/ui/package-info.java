/**
 * The JavaFX workstation (MVVM). {@link io.technic.app.ui.MainWindow} composes the screens —
 * {@code scan}, {@code results}, {@code settings}, {@code export}, and the chart and dashboard
 * slots — over {@code service} (the engine, never called from views) and {@code fx} (the one door
 * to the FX thread). View models hold JavaFX properties but no controls and are unit-tested
 * without a stage.
 */
package io.technic.app.ui;
