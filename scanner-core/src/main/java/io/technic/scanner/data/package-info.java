/**
 * Where bars come from: the {@link io.technic.scanner.data.BarSource} SPI and its adapters
 * (simulated market, CSV files; later the local bar store and providers).
 */
package io.technic.scanner.data;
