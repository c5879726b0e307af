/** Scores: documented formulas on a 0–100 scale computed from a symbol's feature row. */
package io.technic.scanner.score;
