package io.technic.scanner.export;

import io.technic.scanner.model.FilteredSymbol;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.SkippedSymbol;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a result as an Excel workbook (XLSX) with three sheets: {@code Ranked} (the top-N rows
 * with the same columns as {@link CsvResultWriter}: rank, symbol, name, sector, industry, every
 * score, factor and feature, as numbers), {@code Excluded} (every filtered and skipped symbol with
 * its reason) and {@code Scan} (source, as-of date, profile, regime, accounting, timings).
 * Non-finite numbers are empty cells. Streams the sheets, so memory stays flat for 7,000 rows.
 */
public final class XlsxResultWriter {

    private XlsxResultWriter() {}

    /** Writes the workbook to {@code out}; {@code out} is flushed, not closed. */
    public static void write(ScanResult r, OutputStream out) throws IOException {
        Workbook wb = new Workbook(new Unclosable(out), "Technic", "1.0");
        ranked(wb.newWorksheet("Ranked"), r);
        excluded(wb.newWorksheet("Excluded"), r);
        summary(wb.newWorksheet("Scan"), r);
        wb.finish();
        out.flush();
    }

    private static void ranked(Worksheet ws, ScanResult r) throws IOException {
        List<ScanRow> rows = r.top();
        List<String> scores = rows.isEmpty() ? List.of() : List.copyOf(rows.getFirst().scores().keySet());
        List<String> factors = rows.isEmpty() ? List.of() : List.copyOf(rows.getFirst().factors().keySet());
        List<String> features = r.schema().names();
        int c = 0;
        for (String h : List.of("rank", "symbol", "name", "sector", "industry")) {
            ws.value(0, c++, h);
        }
        for (String h : scores) {
            ws.value(0, c++, h);
        }
        for (String h : factors) {
            ws.value(0, c++, h);
        }
        for (String h : features) {
            ws.value(0, c++, h);
        }
        ws.range(0, 0, 0, c - 1).style().bold().set();
        ws.freezePane(2, 1);
        int y = 1;
        for (ScanRow row : rows) {
            c = 0;
            ws.value(y, c++, row.rank());
            ws.value(y, c++, row.symbol());
            ws.value(y, c++, row.info().name());
            ws.value(y, c++, row.info().sector());
            ws.value(y, c++, row.info().industry());
            for (String s : scores) {
                number(ws, y, c++, row.scores().get(s));
            }
            for (String f : factors) {
                number(ws, y, c++, row.factors().get(f));
            }
            for (double v : row.features()) {
                number(ws, y, c++, v);
            }
            if (++y % 1_000 == 0) {
                ws.flush();
            }
        }
        ws.finish();
    }

    private static void excluded(Worksheet ws, ScanResult r) throws IOException {
        String[] head = {"symbol", "state", "reason", "detail"};
        for (int c = 0; c < head.length; c++) {
            ws.value(0, c, head[c]);
        }
        ws.range(0, 0, 0, head.length - 1).style().bold().set();
        int y = 1;
        for (FilteredSymbol f : r.filtered()) {
            ws.value(y, 0, f.symbol());
            ws.value(y, 1, "filtered");
            ws.value(y, 2, f.filter());
            ws.value(y++, 3, f.detail());
        }
        for (SkippedSymbol s : r.skipped()) {
            ws.value(y, 0, s.symbol());
            ws.value(y, 1, "skipped");
            ws.value(y, 2, s.reason().name());
            ws.value(y++, 3, s.detail());
        }
        ws.finish();
    }

    private static void summary(Worksheet ws, ScanResult r) throws IOException {
        var a = r.accounting();
        Object[][] kv = {
            {"source", r.source()},
            {"asOf", String.valueOf(r.asOf())},
            {"profile", r.request().profile().id()},
            {"regime", r.regime() == null ? "" : r.regime().describe()},
            {"universe", a.universe()},
            {"ranked", a.ranked()},
            {"filtered", a.filtered()},
            {"skipped", a.skipped()},
            {"shown", r.top().size()},
            {"totalMillis", r.metrics().totalMillis()},
            {"symbolsPerSecond", r.metrics().symbolsPerSecond()},
            {"threads", r.metrics().threads()},
        };
        for (int y = 0; y < kv.length; y++) {
            ws.value(y, 0, (String) kv[y][0]);
            if (kv[y][1] instanceof Number n) {
                number(ws, y, 1, n.doubleValue());
            } else {
                ws.value(y, 1, (String) kv[y][1]);
            }
        }
        ws.finish();
    }

    private static void number(Worksheet ws, int y, int c, Double v) {
        if (v != null && Double.isFinite(v)) {
            ws.value(y, c, v);
        }
    }

    /** fastexcel closes what it writes to; the caller (e.g. {@link AtomicFile}) owns the stream. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
