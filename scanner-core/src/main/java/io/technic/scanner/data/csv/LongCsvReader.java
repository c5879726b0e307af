package io.technic.scanner.data.csv;

import io.technic.scanner.data.DataException;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one bar file strictly into symbols and columns: a shortcut for
 * {@code new CsvBarSource(new CsvSpec(file, null, null, true)).load()} for callers that need
 * only the bars. Any bad record fails with file:line (see {@link CsvBarSource} for the rules).
 */
public final class LongCsvReader {

    /** Symbols in file order and their bars. */
    public record Result(List<String> symbols, BarColumns bars) {

        /** The symbols and bars of a loaded market. */
        public static Result of(Market market) {
            return new Result(market.symbols().stream().map(SymbolInfo::symbol).toList(), market.bars());
        }
    }

    private LongCsvReader() {}

    /**
     * Reads the whole file (long format or one per-symbol file, plain or gzip).
     *
     * @throws DataException naming file:line on the first bad record, or if the file cannot be read
     */
    public static Result read(Path file) {
        return Result.of(new CsvBarSource(new CsvSpec(file, null, null, true)).load());
    }
}
