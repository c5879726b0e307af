package io.technic.scanner.backtest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What to backtest.
 *
 * @param where   a condition in the scan language, or null/blank to keep every symbol
 * @param rankBy  a numeric expression, optionally followed by {@code desc} (default) or {@code asc}
 * @param top     picks per day, at least 1
 * @param from    first scan date (inclusive)
 * @param to      last scan date (inclusive)
 * @param hold    trading days between the portfolio's rebalances (1 = daily), 1 to 250
 * @param costBps cost in basis points per unit of turnover (sum of absolute weight changes: buying
 *                a whole portfolio is 1, replacing it entirely is 2)
 * @param threads worker threads, 0 for every core; never changes the result
 */
public record BacktestSpec(String where, String rankBy, int top, LocalDate from, LocalDate to, int hold,
                           double costBps, int threads) {

    /**
     * @throws IllegalArgumentException naming the bad value
     */
    public BacktestSpec {
        if (rankBy == null || rankBy.isBlank()) {
            throw new IllegalArgumentException("a backtest needs a ranking expression (--rank-by), e.g. \"roc(63) desc\"");
        }
        if (top < 1) {
            throw new IllegalArgumentException("--top must be at least 1, got " + top);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (hold < 1 || hold > 250) {
            throw new IllegalArgumentException("--hold must be from 1 to 250 trading days, got " + hold);
        }
        if (!(costBps >= 0) || costBps > 10_000) {
            throw new IllegalArgumentException("--cost-bps must be from 0 to 10000, got " + costBps);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be 0 (all cores) or more, got " + threads);
        }
        where = where == null || where.isBlank() ? null : where.strip();
        rankBy = rankBy.strip();
    }

    /** A daily-rebalanced, cost-free spec on every core. */
    public static BacktestSpec of(String where, String rankBy, int top, LocalDate from, LocalDate to) {
        return new BacktestSpec(where, rankBy, top, from, to, 1, 0, 0);
    }

    /** Whether the ranking is ascending (the expression ends in {@code asc}). */
    public boolean ascending() {
        return rankBy.toLowerCase(Locale.ROOT).endsWith(" asc");
    }

    /** The ranking expression without its {@code asc}/{@code desc} suffix. */
    public String rankExpression() {
        String lower = rankBy.toLowerCase(Locale.ROOT);
        return lower.endsWith(" asc") || lower.endsWith(" desc")
                ? rankBy.substring(0, rankBy.lastIndexOf(' ')).strip() : rankBy;
    }

    /** This spec with another worker count. */
    public BacktestSpec withThreads(int n) {
        return new BacktestSpec(where, rankBy, top, from, to, hold, costBps, n);
    }

    /** This spec with another range. */
    public BacktestSpec withRange(LocalDate f, LocalDate t) {
        return new BacktestSpec(where, rankBy, top, f, t, hold, costBps, threads);
    }
}
