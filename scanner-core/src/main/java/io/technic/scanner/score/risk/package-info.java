/**
 * Risk sizing: expected move, ATR stop and position size for a given account risk.
 * Pure functions of a few numbers from a symbol's feature row (close, ATR 14, realised
 * volatility); depends on nothing else in the engine.
 */
package io.technic.scanner.score.risk;
