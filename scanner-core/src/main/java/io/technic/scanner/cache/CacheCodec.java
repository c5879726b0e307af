package io.technic.scanner.cache;

import io.technic.scanner.model.Accounting;
import io.technic.scanner.model.Contribution;
import io.technic.scanner.model.FeatureSchema;
import io.technic.scanner.model.FilteredSymbol;
import io.technic.scanner.model.Fundamentals;
import io.technic.scanner.model.NamedValues;
import io.technic.scanner.model.Regime;
import io.technic.scanner.model.ScanMetrics;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.SkipReason;
import io.technic.scanner.model.SkippedSymbol;
import io.technic.scanner.model.SymbolInfo;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The cache's binary codec. Every entry is a frame:
 * <pre>
 *   int   magic 'TCC1'
 *   short schema version ({@value #VERSION})
 *   byte  kind (1 = scan result, 2 = feature row)
 *   int   payload length
 *   ...   payload
 *   int   CRC32C of everything before it
 * </pre>
 * Doubles are stored as their raw IEEE bits, so NaN and -0.0 come back exactly; strings are
 * UTF-8, repeated ones as a back-reference. Decoding checks the magic, version, kind, length,
 * checksum and every count against the bytes left, and throws {@link CorruptEntryException} on
 * any mismatch — never a Java object from untrusted bytes. Stateless and thread-safe.
 */
public final class CacheCodec {

    static final int MAGIC = 0x54434331; // "TCC1"
    static final short VERSION = 1;
    static final byte RESULT = 1;
    static final byte ROW = 2;
    private static final int HEADER = 4 + 2 + 1 + 4;
    private static final int MAX_STRING = 1 << 16;

    private CacheCodec() {}

    /** Encodes one feature row. */
    public static byte[] encodeRow(double[] row) {
        Writer w = new Writer(8 + row.length * 8);
        w.i(row.length);
        for (double v : row) {
            w.d(v);
        }
        return w.frame(ROW);
    }

    /**
     * Decodes one feature row of {@code cols} values.
     *
     * @throws CorruptEntryException when the bytes are not a valid row of that width
     */
    public static double[] decodeRow(byte[] bytes, int cols) {
        Reader r = Reader.open(bytes, ROW);
        int n = r.count(8);
        if (n != cols) {
            throw new CorruptEntryException("row has " + n + " values, expected " + cols);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.d();
        }
        r.end();
        return out;
    }

    /** Encodes a scan result (all but its request, which the cache key stands for). */
    public static byte[] encodeResult(ScanResult res) {
        List<ScanRow> rows = res.rows();
        int cols = res.schema().size();
        Writer w = new Writer(1024 + rows.size() * (cols * 8 + 400));
        w.l(res.asOf() == null ? Long.MIN_VALUE : res.asOf().toEpochDay());
        w.s(res.source());
        w.s(res.dataVersion());
        w.strings(res.schema().names());
        List<String> scoreNames = rows.isEmpty() ? List.of() : List.copyOf(rows.getFirst().scores().keySet());
        List<String> factorNames = rows.isEmpty() ? List.of() : List.copyOf(rows.getFirst().factors().keySet());
        List<String> forecastNames = rows.isEmpty() ? List.of() : List.copyOf(rows.getFirst().forecasts().keySet());
        w.strings(scoreNames);
        w.strings(factorNames);
        w.strings(forecastNames);
        Regime g = res.regime();
        w.s(g.name().name());
        w.l(g.asOf() == null ? Long.MIN_VALUE : g.asOf().toEpochDay());
        w.d(g.indexClose());
        w.d(g.sma200());
        w.d(g.sma200Slope());
        w.d(g.realizedVol());
        w.d(g.volPercentile());
        w.i(rows.size());
        for (ScanRow row : rows) {
            w.i(row.rank());
            SymbolInfo s = row.info();
            w.s(s.symbol());
            w.s(s.name());
            w.s(s.sector());
            w.s(s.industry());
            w.d(s.marketCap());
            Fundamentals f = s.fundamentals();
            w.d(f.pe());
            w.d(f.roe());
            w.d(f.grossMargin());
            w.d(f.netMargin());
            w.d(f.revenueGrowth());
            w.d(f.debtToEquity());
            w.d(row.score());
            values(w, row.scores(), scoreNames, row.symbol());
            values(w, row.factors(), factorNames, row.symbol());
            w.i(row.contributions().size());
            for (Contribution c : row.contributions()) {
                w.s(c.name());
                w.d(c.weight());
                w.d(c.value());
                w.d(c.points());
            }
            if (row.features().length != cols) {
                throw new IllegalArgumentException("row " + row.symbol() + " has " + row.features().length
                        + " features, schema " + cols);
            }
            for (double v : row.features()) {
                w.d(v);
            }
            values(w, row.forecasts(), forecastNames, row.symbol());
        }
        w.i(res.filtered().size());
        for (FilteredSymbol f : res.filtered()) {
            w.s(f.symbol());
            w.s(f.filter());
            w.s(f.detail());
        }
        w.i(res.skipped().size());
        for (SkippedSymbol s : res.skipped()) {
            w.s(s.symbol());
            w.s(s.reason().name());
            w.s(s.detail());
        }
        Accounting a = res.accounting();
        w.i(a.universe());
        w.i(a.ranked());
        w.i(a.filtered());
        w.i(a.skipped());
        ScanMetrics m = res.metrics();
        w.i(m.stageMillis().size());
        for (Map.Entry<String, Double> e : m.stageMillis().entrySet()) {
            w.s(e.getKey());
            w.d(e.getValue());
        }
        w.d(m.totalMillis());
        w.d(m.symbolsPerSecond());
        w.i(m.threads());
        return w.frame(RESULT);
    }

    private static void values(Writer w, Map<String, Double> m, List<String> names, String symbol) {
        if (m.size() != names.size()) {
            throw new IllegalArgumentException("row " + symbol + " has " + m.size() + " values, expected " + names.size());
        }
        Iterator<String> it = names.iterator();
        for (Map.Entry<String, Double> e : m.entrySet()) {
            if (!e.getKey().equals(it.next())) {
                throw new IllegalArgumentException("row " + symbol + " has its values in another order");
            }
            w.d(e.getValue());
        }
    }

    /**
     * Decodes a scan result and attaches {@code request} to it.
     *
     * @throws CorruptEntryException when the bytes are not a valid result
     */
    public static ScanResult decodeResult(byte[] bytes, ScanRequest request) {
        Reader r = Reader.open(bytes, RESULT);
        try {
            long asOfDay = r.l();
            LocalDate asOf = asOfDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(asOfDay);
            String source = r.s();
            String dataVersion = r.s();
            FeatureSchema schema = new FeatureSchema(r.strings());
            int cols = schema.size();
            List<String> scoreNames = List.copyOf(r.strings());
            List<String> factorNames = List.copyOf(r.strings());
            List<String> forecastNames = List.copyOf(r.strings());
            Regime.Name rn = Regime.Name.valueOf(r.s());
            long rd = r.l();
            Regime regime = new Regime(rn, rd == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(rd), r.d(), r.d(), r.d(),
                    r.d(), r.d());
            int nRows = r.count(8 + cols * 8);
            List<ScanRow> rows = new ArrayList<>(nRows);
            for (int k = 0; k < nRows; k++) {
                int rank = r.i();
                SymbolInfo info = new SymbolInfo(r.s(), r.s(), r.s(), r.s(), r.d(),
                        new Fundamentals(r.d(), r.d(), r.d(), r.d(), r.d(), r.d()));
                double score = r.d();
                double[] sc = r.doubles(scoreNames.size());
                double[] fa = r.doubles(factorNames.size());
                int nc = r.count(4 + 24);
                List<Contribution> contributions = new ArrayList<>(nc);
                for (int c = 0; c < nc; c++) {
                    contributions.add(new Contribution(r.s(), r.d(), r.d(), r.d()));
                }
                double[] features = r.doubles(cols);
                double[] fc = r.doubles(forecastNames.size());
                rows.add(new ScanRow(rank, info, score, new NamedValues(scoreNames, sc),
                        new NamedValues(factorNames, fa), contributions, features, schema,
                        new NamedValues(forecastNames, fc)));
            }
            int nf = r.count(12);
            List<FilteredSymbol> filtered = new ArrayList<>(nf);
            for (int k = 0; k < nf; k++) {
                filtered.add(new FilteredSymbol(r.s(), r.s(), r.s()));
            }
            int ns = r.count(12);
            List<SkippedSymbol> skipped = new ArrayList<>(ns);
            for (int k = 0; k < ns; k++) {
                skipped.add(new SkippedSymbol(r.s(), SkipReason.valueOf(r.s()), r.s()));
            }
            Accounting accounting = new Accounting(r.i(), r.i(), r.i(), r.i());
            if (accounting.ranked() != nRows || accounting.filtered() != nf || accounting.skipped() != ns) {
                throw new CorruptEntryException("accounting does not match the lists");
            }
            int nStages = r.count(12);
            Map<String, Double> stages = new LinkedHashMap<>();
            for (int k = 0; k < nStages; k++) {
                stages.put(r.s(), r.d());
            }
            ScanMetrics metrics = new ScanMetrics(stages, r.d(), r.d(), r.i(), "local");
            r.end();
            return new ScanResult(request, asOf, source, dataVersion, schema, rows, filtered, skipped, regime,
                    accounting, metrics);
        } catch (BufferUnderflowException | IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new CorruptEntryException("invalid scan result entry: " + e);
        }
    }

    /** A growable little buffer with a string back-reference table. */
    private static final class Writer {
        private ByteBuffer b;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(int cap) {
            b = ByteBuffer.allocate(HEADER + Math.max(64, cap));
            b.position(HEADER);
        }

        private void room(int n) {
            if (b.remaining() < n + 4) {
                ByteBuffer nb = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + n + 64));
                b.flip();
                nb.put(b);
                b = nb;
            }
        }

        void i(int v) {
            room(4);
            b.putInt(v);
        }

        void l(long v) {
            room(8);
            b.putLong(v);
        }

        void d(double v) {
            room(8);
            b.putLong(Double.doubleToRawLongBits(v));
        }

        void s(String v) {
            Integer ref = strings.get(v);
            if (ref != null) {
                i(ref);
                return;
            }
            byte[] u = v.getBytes(StandardCharsets.UTF_8);
            if (u.length > MAX_STRING) {
                throw new IllegalArgumentException("string longer than " + MAX_STRING + " bytes");
            }
            strings.put(v, strings.size());
            i(-1 - u.length);
            room(u.length);
            b.put(u);
        }

        void strings(List<String> list) {
            i(list.size());
            for (String s : list) {
                s(s);
            }
        }

        byte[] frame(byte kind) {
            int end = b.position();
            b.putInt(0, MAGIC);
            b.putShort(4, VERSION);
            b.put(6, kind);
            b.putInt(7, end - HEADER);
            CRC32C crc = new CRC32C();
            crc.update(b.array(), 0, end);
            room(4);
            b.putInt((int) crc.getValue());
            return java.util.Arrays.copyOf(b.array(), b.position());
        }
    }

    /** A bounds-checked reader over a validated frame. */
    private static final class Reader {
        private final ByteBuffer b;
        private final int end;
        private final List<String> strings = new ArrayList<>();

        private Reader(ByteBuffer b, int end) {
            this.b = b;
            this.end = end;
        }

        static Reader open(byte[] bytes, byte kind) {
            if (bytes == null || bytes.length < HEADER + 4) {
                throw new CorruptEntryException("entry too short: " + (bytes == null ? 0 : bytes.length) + " bytes");
            }
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt(0) != MAGIC) {
                throw new CorruptEntryException("bad magic");
            }
            if (b.getShort(4) != VERSION) {
                throw new CorruptEntryException("schema version " + b.getShort(4) + ", this build reads " + VERSION);
            }
            if (b.get(6) != kind) {
                throw new CorruptEntryException("entry kind " + b.get(6) + ", expected " + kind);
            }
            int len = b.getInt(7);
            if (len < 0 || (long) HEADER + len + 4 != bytes.length) {
                throw new CorruptEntryException("payload length " + len + " does not match " + bytes.length + " bytes");
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, HEADER + len);
            if ((int) crc.getValue() != b.getInt(HEADER + len)) {
                throw new CorruptEntryException("checksum mismatch");
            }
            b.position(HEADER);
            return new Reader(b, HEADER + len);
        }

        private void need(long n) {
            if (n < 0 || b.position() + n > end) {
                throw new CorruptEntryException("entry truncated at byte " + b.position());
            }
        }

        int i() {
            need(4);
            return b.getInt();
        }

        long l() {
            need(8);
            return b.getLong();
        }

        double d() {
            need(8);
            return Double.longBitsToDouble(b.getLong());
        }

        double[] doubles(int n) {
            need(8L * n);
            double[] out = new double[n];
            for (int k = 0; k < n; k++) {
                out[k] = Double.longBitsToDouble(b.getLong());
            }
            return out;
        }

        /** A count of items of at least {@code minBytes} each that must fit in what is left. */
        int count(int minBytes) {
            int n = i();
            if (n < 0 || (long) n * minBytes > end - b.position()) {
                throw new CorruptEntryException("count " + n + " exceeds the entry at byte " + b.position());
            }
            return n;
        }

        String s() {
            int h = i();
            if (h >= 0) {
                if (h >= strings.size()) {
                    throw new CorruptEntryException("string reference " + h + " out of range");
                }
                return strings.get(h);
            }
            int len = -1 - h;
            if (len > MAX_STRING) {
                throw new CorruptEntryException("string length " + len);
            }
            need(len);
            String s = new String(b.array(), b.position(), len, StandardCharsets.UTF_8);
            b.position(b.position() + len);
            strings.add(s);
            return s;
        }

        List<String> strings() {
            int n = count(4);
            List<String> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                out.add(s());
            }
            return out;
        }

        void end() {
            if (b.position() != end) {
                throw new CorruptEntryException((end - b.position()) + " bytes left over");
            }
        }
    }
}
