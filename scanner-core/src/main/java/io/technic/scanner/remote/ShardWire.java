package io.technic.scanner.remote;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.technic.scanner.exec.ShardOutput;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.SkipReason;
import io.technic.scanner.model.UniverseFilter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The shard wire format. Requests are small JSON objects, gzip-compressed; responses are a
 * checksummed binary frame (doubles as raw IEEE bits, so rows arrive bit for bit). Everything is
 * parsed with hard limits — compressed and decompressed size, symbol count and syntax, string
 * lengths, nesting — and unknown fields, Java-serialization bytes, NaN or negative prices are
 * rejected with a {@link WireException} carrying the HTTP status (400 or 413). Stateless.
 */
public final class ShardWire {

    /** Largest request body accepted on the wire, bytes. */
    public static final int MAX_REQUEST_BYTES = 1 << 20;
    /** Largest decompressed request JSON, bytes (decompression bombs stop here). */
    public static final int MAX_REQUEST_JSON = 4 << 20;
    /** Most symbols in one shard. */
    public static final int MAX_SYMBOLS = 10_000;
    /** Largest response a client reads, bytes. */
    public static final int MAX_RESPONSE_BYTES = 32 << 20;
    /** Content type of requests. */
    public static final String REQUEST_TYPE = "application/json";
    /** Content type of responses. */
    public static final String RESPONSE_TYPE = "application/x-technic-shard";

    static final int RESPONSE_MAGIC = 0x54535231; // "TSR1"
    static final short VERSION = 1;
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.^=_-]{0,19}");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxStringLength(4096)
                    .maxNumberLength(40).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ShardWire() {}

    // ---------------------------------------------------------------- requests

    /** Encodes a shard request as gzip-compressed JSON. */
    public static byte[] encodeRequest(ShardRequest r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + r.symbols().size() * 8);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes); JsonGenerator g = JSON.createGenerator(gz)) {
            g.writeStartObject();
            g.writeNumberField("v", VERSION);
            g.writeStringField("source", r.source());
            g.writeStringField("dataVersion", r.dataVersion());
            g.writeStringField("asOf", r.asOf().toString());
            g.writeNumberField("lookback", r.lookback());
            g.writeStringField("profile", r.profile().id());
            UniverseFilter f = r.filter();
            g.writeArrayFieldStart("sectors");
            for (String s : new java.util.TreeSet<>(f.sectors())) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeNumberField("minPrice", f.minPrice());
            if (Double.isFinite(f.maxPrice())) {
                g.writeNumberField("maxPrice", f.maxPrice());
            }
            g.writeNumberField("minDollarVolume", f.minDollarVolume());
            g.writeNumberField("minHistoryBars", f.minHistoryBars());
            g.writeArrayFieldStart("symbols");
            for (String s : r.symbols()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes a request body (gzip or plain JSON).
     *
     * @throws WireException 413 when too large (before or after decompression), 400 when invalid
     */
    public static ShardRequest decodeRequest(byte[] body) {
        if (body == null || body.length == 0) {
            throw new WireException(400, "empty request body");
        }
        if (body.length > MAX_REQUEST_BYTES) {
            throw new WireException(413, "request body of " + body.length + " bytes exceeds " + MAX_REQUEST_BYTES);
        }
        byte[] json = isGzip(body) ? gunzip(body) : body;
        if (json.length >= 2 && (json[0] & 0xff) == 0xAC && (json[1] & 0xff) == 0xED) {
            throw new WireException(400, "Java serialization is never accepted");
        }
        try (JsonParser p = JSON.createParser(json)) {
            return parse(p);
        } catch (JsonProcessingException e) {
            // some parse errors (e.g. a number too large for its type) carry no location
            String at = e.getLocation() == null ? "" : " at " + e.getLocation().offsetDescription();
            throw new WireException(400, "malformed JSON" + at + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new WireException(400, "unreadable request: " + e.getMessage());
        }
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(MAX_REQUEST_JSON, body.length * 4));
            byte[] buf = new byte[8192];
            int total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > MAX_REQUEST_JSON) {
                    throw new WireException(413, "request decompresses to more than " + MAX_REQUEST_JSON + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (EOFException e) {
            throw new WireException(400, "truncated gzip body");
        } catch (ZipException e) {
            throw new WireException(400, "corrupt gzip body: " + e.getMessage());
        } catch (IOException e) {
            throw new WireException(400, "unreadable gzip body: " + e.getMessage());
        }
    }

    private static ShardRequest parse(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new WireException(400, "request must be a JSON object");
        }
        Integer v = null;
        String source = null;
        String dataVersion = null;
        LocalDate asOf = null;
        Integer lookback = null;
        Profile profile = null;
        List<String> sectors = List.of();
        double minPrice = 0;
        double maxPrice = Double.POSITIVE_INFINITY;
        double minDollarVolume = 0;
        int minHistory = 0;
        List<String> symbols = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "v" -> v = intField(p, t, name);
                case "source" -> source = text(p, t, name, 1024);
                case "dataVersion" -> dataVersion = text(p, t, name, 256);
                case "asOf" -> {
                    try {
                        asOf = LocalDate.parse(text(p, t, name, 10));
                    } catch (DateTimeParseException e) {
                        throw new WireException(400, "asOf is not a yyyy-mm-dd date");
                    }
                }
                case "lookback" -> lookback = intField(p, t, name);
                case "profile" -> {
                    try {
                        profile = Profile.parse(text(p, t, name, 32));
                    } catch (IllegalArgumentException e) {
                        throw new WireException(400, e.getMessage());
                    }
                }
                case "sectors" -> sectors = strings(p, t, name, 64, 128);
                case "minPrice" -> minPrice = price(p, t, name);
                case "maxPrice" -> maxPrice = price(p, t, name);
                case "minDollarVolume" -> minDollarVolume = price(p, t, name);
                case "minHistoryBars" -> minHistory = intField(p, t, name);
                case "symbols" -> symbols = strings(p, t, name, MAX_SYMBOLS, 20);
                default -> throw new WireException(400, "unknown field '" + name + "'");
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw new WireException(400, "trailing content after the request object");
        }
        if (v == null || v != VERSION) {
            throw new WireException(400, "wire version " + v + " (this worker speaks " + VERSION + ")");
        }
        require(source, "source");
        require(dataVersion, "dataVersion");
        require(asOf, "asOf");
        require(lookback, "lookback");
        require(profile, "profile");
        require(symbols, "symbols");
        if (lookback < 0 || minHistory < 0) {
            throw new WireException(400, "lookback and minHistoryBars must be >= 0");
        }
        if (symbols.isEmpty()) {
            throw new WireException(400, "symbols is empty");
        }
        Set<String> distinct = new HashSet<>();
        for (String s : symbols) {
            if (!SYMBOL.matcher(s).matches()) {
                throw new WireException(400, "invalid symbol '" + s + "'");
            }
            if (!distinct.add(s)) {
                throw new WireException(400, "duplicate symbol '" + s + "'");
            }
        }
        UniverseFilter filter;
        try {
            filter = new UniverseFilter(Set.of(), Set.copyOf(sectors), minPrice, maxPrice, minDollarVolume, minHistory);
        } catch (IllegalArgumentException e) {
            throw new WireException(400, e.getMessage());
        }
        return new ShardRequest(source, dataVersion, asOf, lookback, profile, filter, symbols);
    }

    private static void require(Object o, String name) {
        if (o == null) {
            throw new WireException(400, "missing field '" + name + "'");
        }
    }

    private static int intField(JsonParser p, JsonToken t, String name) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new WireException(400, "'" + name + "' must be an integer");
        }
        return p.getIntValue();
    }

    private static double price(JsonParser p, JsonToken t, String name) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new WireException(400, "'" + name + "' must be a number");
        }
        double d = p.getDoubleValue();
        if (!Double.isFinite(d) || d < 0) {
            throw new WireException(400, "'" + name + "' must be a finite number >= 0: " + d);
        }
        return d;
    }

    private static String text(JsonParser p, JsonToken t, String name, int max) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw new WireException(400, "'" + name + "' must be a string");
        }
        String s = p.getText();
        if (s.isEmpty() || s.length() > max) {
            throw new WireException(400, "'" + name + "' must be 1-" + max + " characters");
        }
        return s;
    }

    private static List<String> strings(JsonParser p, JsonToken t, String name, int maxItems, int maxLen)
            throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw new WireException(400, "'" + name + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        JsonToken x;
        while ((x = p.nextToken()) != JsonToken.END_ARRAY) {
            if (out.size() >= maxItems) {
                throw new WireException(413, "'" + name + "' has more than " + maxItems + " items");
            }
            out.add(text(p, x, name, maxLen));
        }
        return out;
    }

    // ---------------------------------------------------------------- responses

    /**
     * Encodes a worker's shard output.
     *
     * @param engineId    identifies the worker's engine (schema, scorers, models)
     * @param dataVersion the data version the worker computed on
     */
    public static byte[] encodeResponse(String engineId, String dataVersion, ShardOutput out) {
        int n = out.size();
        ByteBuffer b = ByteBuffer.allocate(64 + engineId.length() * 3 + dataVersion.length() * 3
                + n * (32 + 8 * (out.cols() + out.scoreCount()) + 4 * out.modelCount()) + extraStrings(out));
        b.putInt(RESPONSE_MAGIC).putShort(VERSION);
        str(b, engineId);
        str(b, dataVersion);
        b.putInt(out.cols()).putInt(out.scoreCount()).putInt(out.modelCount()).putInt(n);
        double[] f = out.features();
        double[] s = out.scores();
        float[] fc = out.forecasts();
        for (int i = 0; i < n; i++) {
            str(b, out.symbols().get(i));
            byte st = out.state(i);
            b.put(st);
            if (st == ShardOutput.FILTERED || st == ShardOutput.SKIPPED) {
                str(b, out.code(i));
                str(b, out.detail(i));
                continue;
            }
            if (st == ShardOutput.UNDEFINED) {
                str(b, out.code(i));
            }
            for (int c = 0; c < out.cols(); c++) {
                b.putLong(Double.doubleToRawLongBits(f[i * out.cols() + c]));
            }
            for (int c = 0; c < out.scoreCount(); c++) {
                b.putLong(Double.doubleToRawLongBits(s[i * out.scoreCount() + c]));
            }
            for (int c = 0; c < out.modelCount(); c++) {
                b.putInt(Float.floatToRawIntBits(fc[i * out.modelCount() + c]));
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        b.putInt((int) crc.getValue());
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static int extraStrings(ShardOutput out) {
        int n = 0;
        for (int i = 0; i < out.size(); i++) {
            n += 3 * (out.symbols().get(i).length() + (out.code(i) == null ? 0 : out.code(i).length())
                    + (out.detail(i) == null ? 0 : out.detail(i).length())) + 16;
        }
        return n;
    }

    private static void str(ByteBuffer b, String s) {
        byte[] u = s.getBytes(StandardCharsets.UTF_8);
        b.putInt(u.length).put(u);
    }

    /** A decoded response: the worker's engine id and data version, and its output. */
    public record Response(String engineId, String dataVersion, ShardOutput output) {}

    /**
     * Decodes and validates a response to a request for {@code expected} symbols: exactly those
     * symbols, each once, in any order; shapes as given.
     *
     * @throws WireException 502 for anything malformed, missing, extra or duplicated
     */
    public static Response decodeResponse(byte[] bytes, List<String> expected, int cols, int nScores, int nModels) {
        try {
            if (bytes.length < 10 + 4) {
                throw bad("response too short");
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt(bytes.length - 4) != (int) crc.getValue()) {
                throw bad("response checksum mismatch");
            }
            b.limit(bytes.length - 4);
            if (b.getInt() != RESPONSE_MAGIC || b.getShort() != VERSION) {
                throw bad("not a shard response (magic/version)");
            }
            String engineId = rstr(b, 512);
            String dataVersion = rstr(b, 512);
            int c = b.getInt();
            int ns = b.getInt();
            int nm = b.getInt();
            int n = b.getInt();
            if (c != cols || ns != nScores || nm != nModels) {
                throw bad("response shape " + c + "/" + ns + "/" + nm + ", expected " + cols + "/" + nScores + "/" + nModels);
            }
            if (n != expected.size()) {
                throw bad("response has " + n + " symbols, expected " + expected.size());
            }
            Set<String> want = new HashSet<>(expected);
            List<String> symbols = new ArrayList<>(n);
            byte[] states = new byte[n];
            String[] codes = new String[n];
            String[] details = new String[n];
            double[] f = new double[n * cols];
            double[] s = new double[n * nScores];
            float[] fc = new float[n * nModels];
            for (int i = 0; i < n; i++) {
                String sym = rstr(b, 64);
                if (!want.remove(sym)) {
                    throw bad("symbol " + sym + (expected.contains(sym) ? " came back twice" : " was not asked for"));
                }
                symbols.add(sym);
                byte st = b.get();
                states[i] = st;
                if (st == ShardOutput.FILTERED || st == ShardOutput.SKIPPED) {
                    codes[i] = rstr(b, 256);
                    details[i] = rstr(b, 4096);
                    if (st == ShardOutput.SKIPPED) {
                        SkipReason.valueOf(codes[i]);
                    }
                    continue;
                }
                if (st == ShardOutput.UNDEFINED) {
                    codes[i] = rstr(b, 8192);
                } else if (st != ShardOutput.COMPUTED) {
                    throw bad("unknown slot state " + st);
                }
                for (int k = 0; k < cols; k++) {
                    f[i * cols + k] = Double.longBitsToDouble(b.getLong());
                }
                for (int k = 0; k < nScores; k++) {
                    s[i * nScores + k] = Double.longBitsToDouble(b.getLong());
                }
                for (int k = 0; k < nModels; k++) {
                    fc[i * nModels + k] = Float.intBitsToFloat(b.getInt());
                }
            }
            if (b.hasRemaining()) {
                throw bad(b.remaining() + " bytes after the last symbol");
            }
            ShardOutput out = new ShardOutput(symbols, cols, nScores, nModels);
            for (int i = 0; i < n; i++) {
                if (states[i] == ShardOutput.FILTERED || states[i] == ShardOutput.SKIPPED) {
                    out.setVerdict(i, states[i], codes[i], details[i]);
                } else {
                    out.setRow(i, f, i * cols, s, i * nScores, fc, i * nModels,
                            states[i] == ShardOutput.UNDEFINED ? codes[i] : null);
                }
            }
            return new Response(engineId, dataVersion, out);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw bad("malformed response: " + e);
        }
    }

    private static WireException bad(String m) {
        return new WireException(502, m);
    }

    private static String rstr(ByteBuffer b, int max) {
        int len = b.getInt();
        if (len < 0 || len > max || len > b.remaining()) {
            throw bad("string of " + len + " bytes at " + b.position());
        }
        String s = new String(b.array(), b.position(), len, StandardCharsets.UTF_8);
        b.position(b.position() + len);
        return s;
    }
}
