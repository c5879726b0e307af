/**
 * The scan cache: one {@link io.technic.scanner.cache.ScanCache} interface over two tiers,
 * Caffeine in-process (L1, bounded by weight in bytes) and Redis through Lettuce (L2, optional,
 * shared with workers); a compact checksummed binary codec; TTLs that follow market sessions;
 * statistics per tier. Redis being down, killed or black-holed makes scans slower, never broken.
 */
package io.technic.scanner.cache;
