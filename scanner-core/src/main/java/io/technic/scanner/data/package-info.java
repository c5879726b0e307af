/**
 * Where bars come from: the {@link io.technic.scanner.data.BarSource} SPI, its adapters
 * (the simulated market in {@code sim}, CSV files in {@code csv}; later the local bar store and
 * providers) and {@link io.technic.scanner.api.BarSources} (in the api package, where adapters are wired), which turns a source spec such as
 * {@code sim:seed=7} or {@code csv:/data/us.csv.gz,strict=true} into a source.
 */
package io.technic.scanner.data;
