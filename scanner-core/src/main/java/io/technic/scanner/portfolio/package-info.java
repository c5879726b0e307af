/**
 * Portfolio construction for the top names of a scan: date-aligned daily log returns, the
 * Ledoit–Wolf shrinkage covariance, and long-only risk-parity and minimum-variance weights
 * under a per-name cap and per-sector caps. Plain Java numerics sized for N ≤ 100 names;
 * depends only on {@code model}.
 */
package io.technic.scanner.portfolio;
