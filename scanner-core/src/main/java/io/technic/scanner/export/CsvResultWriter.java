package io.technic.scanner.export;

import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.score.Merit;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the top-N rows as RFC 4180 CSV: rank, symbol, name, sector, industry, every score,
 * every factor, each raw ML forecast (column {@code NAME}{@value Merit#FORECAST}, e.g.
 * {@code alpha5dForecast}; the percentile is the score {@code alpha5d}), every feature. Non-finite numbers are empty fields; numbers use {@link Double#toString}
 * so they read back bit-identically.
 */
public final class CsvResultWriter {

    private CsvResultWriter() {}

    public static void write(ScanResult r, Writer w) throws IOException {
        List<ScanRow> rows = r.top();
        StringBuilder sb = new StringBuilder(256);
        sb.append("rank,symbol,name,sector,industry");
        List<String> scoreNames = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).scores().keySet());
        for (String s : scoreNames) {
            sb.append(',').append(s);
        }
        List<String> factorNames = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).factors().keySet());
        for (String f : factorNames) {
            sb.append(',').append(f);
        }
        List<String> forecastNames = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).forecasts().keySet());
        for (String f : forecastNames) {
            sb.append(',').append(f).append(Merit.FORECAST);
        }
        for (String f : r.schema().names()) {
            sb.append(',').append(f);
        }
        w.write(sb.append('\n').toString());
        for (ScanRow row : rows) {
            sb.setLength(0);
            sb.append(row.rank()).append(',');
            field(sb, row.symbol());
            sb.append(',');
            field(sb, row.info().name());
            sb.append(',');
            field(sb, row.info().sector());
            sb.append(',');
            field(sb, row.info().industry());
            for (String s : scoreNames) {
                sb.append(',');
                number(sb, row.scores().get(s));
            }
            for (String f : factorNames) {
                sb.append(',');
                number(sb, row.factors().get(f));
            }
            for (String f : forecastNames) {
                sb.append(',');
                number(sb, row.forecasts().get(f));
            }
            for (double v : row.features()) {
                sb.append(',');
                number(sb, v);
            }
            w.write(sb.append('\n').toString());
        }
        w.flush();
    }

    static void field(StringBuilder sb, String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            sb.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(s);
        }
    }

    private static void number(StringBuilder sb, double v) {
        if (Double.isFinite(v)) {
            sb.append(v);
        }
    }
}
