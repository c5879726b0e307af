package io.technic.scanner.data.csv;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a {@link CsvBarSource} reads from.
 *
 * @param path   one long-format file ({@code symbol,date,open,high,low,close,volume}, plain or gzip)
 *               or a per-symbol file, or a directory of per-symbol files ({@code AAPL.csv},
 *               {@code aapl.us.txt}, {@code .csv.gz}) in Yahoo or Stooq layout
 * @param index  the benchmark index series (long format with one symbol, or a per-symbol file),
 *               or {@code null}
 * @param meta   constituents file {@code symbol,name,sector,industry} (RFC 4180 quoting), or
 *               {@code null}
 * @param strict fail the load with a {@link io.technic.scanner.data.DataException} on the first
 *               bad record instead of skipping the symbol
 */
public record CsvSpec(Path path, Path index, Path meta, boolean strict) {

    public CsvSpec {
        Objects.requireNonNull(path, "path");
    }

    /** Lenient, no index, no metadata. */
    public static CsvSpec of(Path path) {
        return new CsvSpec(path, null, null, false);
    }

    /** A short description, e.g. {@code csv:/data/us.csv.gz,index=/data/spy.csv,strict=true}. */
    public String describe() {
        return "csv:" + path + (index != null ? ",index=" + index : "") + (meta != null ? ",meta=" + meta : "")
                + (strict ? ",strict=true" : "");
    }
}
