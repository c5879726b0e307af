/**
 * Options ideas for top picks: the standard normal distribution, Black–Scholes prices and
 * deltas, and a documented decision table that turns a symbol's view, volatility percentile
 * and the market regime into a structure with strikes. Every value is an estimate from
 * realised volatility (an implied-volatility proxy), never a market quote. Plain Java; depends
 * on nothing else in the engine.
 */
package io.technic.scanner.score.options;
