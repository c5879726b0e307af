/**
 * The engine's facade: {@link io.technic.scanner.api.Scanner} takes a
 * {@link io.technic.scanner.api.ScanRequest} and returns a non-blocking
 * {@link io.technic.scanner.api.ScanHandle} (progress, cancel, result future).
 */
package io.technic.scanner.api;
