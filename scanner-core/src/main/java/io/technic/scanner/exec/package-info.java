/**
 * Runs scans: the local executor (prescreen, parallel per-symbol stages, cross-sectional
 * ranking), progress tracking and cancellation. Creates and owns its worker threads.
 */
package io.technic.scanner.exec;
