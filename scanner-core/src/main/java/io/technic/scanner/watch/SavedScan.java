package io.technic.scanner.watch;

/**
 * A scan a trader keeps: a condition in the scan language (see {@code expr.Program}), an optional
 * re-ranking expression and how many of the best rows make its list. A monitor alerts on
 * symbols that newly enter that list.
 *
 * @param name   1-64 characters (as a watchlist name)
 * @param where  a condition, or null/blank for every ranked row
 * @param rankBy a number expression with optional {@code asc}/{@code desc}, or null/blank for MERIT
 * @param top    rows that make the list, 1 .. 10,000
 */
public record SavedScan(String name, String where, String rankBy, int top) {

    /** @throws IllegalArgumentException for a bad name or {@code top} out of range */
    public SavedScan {
        name = Watchlist.checkName(name);
        where = where == null || where.isBlank() ? null : where.strip();
        rankBy = rankBy == null || rankBy.isBlank() ? null : rankBy.strip();
        if (top < 1 || top > 10_000) {
            throw new IllegalArgumentException("saved scan '" + name + "': top must be in 1..10000, was " + top);
        }
    }
}
