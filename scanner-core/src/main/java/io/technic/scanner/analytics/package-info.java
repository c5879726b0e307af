/**
 * What a trader does with a ranking: position sizing per row, option ideas and (with its
 * issue) portfolio weights for the top names — computed after ranking from a
 * {@link io.technic.scanner.model.ScanResult} and its market.
 */
package io.technic.scanner.analytics;
