/**
 * The chart screen: {@link io.technic.app.ui.chart.ChartViewModel} turns one symbol of a loaded
 * market into {@link io.technic.app.ui.chart.ChartData} (bars plus the overlay and lower-pane
 * series, computed off the FX thread with the scanner's own indicator kernels) and
 * {@link io.technic.app.ui.chart.ChartView} draws it with ChartFX: candlesticks, a volume pane,
 * toggleable overlays, an RSI or MACD pane, crosshair, zoom and pan.
 */
package io.technic.app.ui.chart;
