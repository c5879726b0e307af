package io.technic.scanner.data.csv;

import java.util.List;

/**
 * What a CSV load noticed and did about it, so no repair or dropped row goes unreported.
 * Counts are over the bar files and the index file together.
 *
 * @param files                files read (bar files, index, metadata)
 * @param lines                data lines read (headers excluded)
 * @param symbols              symbols loaded
 * @param skippedSymbols       symbols rejected with {@code BAD_DATA} (see {@code Market.loadSkipped})
 * @param repairedBars         bars widened so that high/low contain open and close
 * @param sortedSymbols        symbols whose rows were not in date order and were sorted
 * @param regroupedFiles       long files whose rows were not grouped by symbol and were regrouped
 * @param duplicateRowsDropped rows dropped as identical repeats of an earlier row (same date, same values)
 * @param weekendRowsDropped   rows dated on a Saturday or Sunday, dropped
 * @param missingRowsDropped   rows whose price and volume fields were all empty or {@code null}, dropped
 * @param ignoredLines         lines that belonged to no symbol (empty symbol field), ignored
 * @param zeroVolumeBars       bars with volume 0, kept
 * @param longGaps             calendar gaps of more than 10 days inside a symbol's history, kept
 * @param warnings             one line per file-level event and per symbol and kind, naming file:line
 */
public record DataQuality(int files, long lines, int symbols, int skippedSymbols, int repairedBars,
                          int sortedSymbols, int regroupedFiles, int duplicateRowsDropped,
                          int weekendRowsDropped, int missingRowsDropped, int ignoredLines,
                          int zeroVolumeBars, int longGaps, List<String> warnings) {

    public DataQuality {
        warnings = List.copyOf(warnings);
    }
}
