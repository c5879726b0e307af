/**
 * The scan language: conditions and ranking columns such as
 * {@code close > sma(200) and rsi(14) < 30 and rvol(20) > 2}, parsed, type-checked and compiled
 * to column operations over each symbol's bars ({@link io.technic.scanner.expr.Program}), applied
 * to a scan's result by {@link io.technic.scanner.expr.Screen}.
 */
package io.technic.scanner.expr;
