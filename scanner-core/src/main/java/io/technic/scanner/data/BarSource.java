package io.technic.scanner.data;

import io.technic.scanner.model.Market;

/**
 * Loads a universe of daily bars. Implementations validate what they read: a problem with
 * one symbol puts that symbol in {@link Market#loadSkipped()} with a reason naming the file
 * and line (lenient mode), or fails the whole load with a {@link DataException} (strict mode).
 */
public interface BarSource {

    /**
     * Loads the market.
     *
     * @throws DataException if the source as a whole cannot be read (missing file, unreadable
     *                       header), or in strict mode on the first bad record
     */
    Market load();

    /** A short description, e.g. {@code "csv:/data/us.csv.gz"}. */
    String describe();
}
