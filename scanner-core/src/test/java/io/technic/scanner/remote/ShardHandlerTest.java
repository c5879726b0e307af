package io.technic.scanner.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.cache.CacheFixtures;
import io.technic.scanner.exec.LocalScanExecutor;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.TechRating;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The worker's request handler: authentication before any work, and strict validation. */
class ShardHandlerTest {

    private static final Market MARKET = CacheFixtures.market(150);
    private final AtomicInteger loads = new AtomicInteger();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    private final ShardHandler handler = new ShardHandler(
            new LocalScanExecutor(new TechnicalFeatures(), new TechRating(), null, Executors.newCachedThreadPool(),
                    List.of()),
            s -> {
                loads.incrementAndGet();
                return MARKET;
            },
            new HmacAuth.Verifier(List.of(RemoteFixtures.KEY, HmacAuth.Key.of("old-key", "an-older-secret-0001")), clock));

    private static ShardRequest request(List<String> symbols) {
        return new ShardRequest("sim", MARKET.dataVersion(), MARKET.lastDate(), 0, Profile.BALANCED,
                UniverseFilter.defaultsFor(Profile.BALANCED), symbols);
    }

    private ShardHandler.Reply post(byte[] body, HmacAuth.Key key, Clock signClock) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (key != null) {
            h.putAll(HmacAuth.sign(key, "POST", ShardHandler.PATH, body, signClock));
        }
        return handler.handle("POST", ShardHandler.PATH, h::get, body);
    }

    private ShardHandler.Reply post(byte[] body) {
        return post(body, RemoteFixtures.KEY, clock);
    }

    private static String text(ShardHandler.Reply r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private List<String> symbols(int n) {
        return MARKET.symbols().subList(0, n).stream().map(s -> s.symbol()).toList();
    }

    @Test
    void signedRequestIsComputed() {
        ShardHandler.Reply r = post(ShardWire.encodeRequest(request(symbols(20))));
        assertThat(r.status()).as(text(r)).isEqualTo(200);
        int[] shape = handler.shape();
        assertThat(ShardWire.decodeResponse(r.body(), symbols(20), shape[0], shape[1], shape[2]).output().size())
                .isEqualTo(20);
    }

    @Test
    void rotatedKeyIsAcceptedToo() {
        ShardHandler.Reply r = post(ShardWire.encodeRequest(request(symbols(3))),
                HmacAuth.Key.of("old-key", "an-older-secret-0001"), clock);
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void missingWrongStaleOrReplayedAuthenticationIs401WithoutCompute() {
        byte[] body = ShardWire.encodeRequest(request(symbols(5)));
        assertThat(post(body, null, clock).status()).isEqualTo(401);
        assertThat(post(body, HmacAuth.Key.of("test-key", "not-the-right-secret!"), clock).status()).isEqualTo(401);
        assertThat(post(body, HmacAuth.Key.of("who", "0123456789abcdef-secret"), clock).status()).isEqualTo(401);
        Clock stale = Clock.offset(clock, java.time.Duration.ofSeconds(301));
        ShardHandler.Reply r = post(body, RemoteFixtures.KEY, stale);
        assertThat(r.status()).isEqualTo(401);
        assertThat(text(r)).contains("timestamp");
        // a tampered body does not match its signature
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(HmacAuth.sign(RemoteFixtures.KEY, "POST", ShardHandler.PATH, body, clock));
        byte[] other = ShardWire.encodeRequest(request(symbols(6)));
        assertThat(handler.handle("POST", ShardHandler.PATH, h::get, other).status()).isEqualTo(401);
        // the same signed request twice: the nonce is replayed
        Map<String, String> once = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        once.putAll(HmacAuth.sign(RemoteFixtures.KEY, "POST", ShardHandler.PATH, body, clock));
        assertThat(handler.handle("POST", ShardHandler.PATH, once::get, body).status()).isEqualTo(200);
        int loadsBefore = loads.get();
        ShardHandler.Reply replay = handler.handle("POST", ShardHandler.PATH, once::get, body);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(text(replay)).contains("replayed nonce");
        assertThat(loads.get()).isEqualTo(loadsBefore);
        assertThat(loads.get()).isEqualTo(1); // only the one good request loaded data
    }

    private ShardHandler.Reply postJson(String json) {
        return post(json.getBytes(StandardCharsets.UTF_8));
    }

    private String valid(String symbolsJson, String extra) {
        return "{\"v\":1,\"source\":\"sim\",\"dataVersion\":\"" + MARKET.dataVersion() + "\",\"asOf\":\""
                + MARKET.lastDate() + "\",\"lookback\":0,\"profile\":\"balanced\",\"sectors\":[],\"minPrice\":5,"
                + "\"minDollarVolume\":0,\"minHistoryBars\":0" + extra + ",\"symbols\":" + symbolsJson + "}";
    }

    @Test
    void invalidRequestsAre400And413WithoutCompute() throws IOException {
        assertThat(postJson(valid("[\"" + symbols(1).get(0) + "\"]", "")).status()).isEqualTo(200);
        loads.set(0);
        assertThat(postJson("{\"v\":1,").status()).isEqualTo(400);
        assertThat(text(postJson("[1,2]"))).contains("JSON object");
        assertThat(text(postJson(valid("[\"A\"]", ",\"evil\":true")))).contains("unknown field 'evil'");
        assertThat(text(postJson(valid("[\"A\",\"A\"]", "")))).contains("duplicate symbol");
        assertThat(text(postJson(valid("[\"../etc\"]", "")))).contains("invalid symbol");
        assertThat(text(postJson(valid("[]", "")))).contains("symbols is empty");
        assertThat(text(postJson(valid("[\"A\"]", "").replace("\"minPrice\":5", "\"minPrice\":-1"))))
                .contains("minPrice");
        assertThat(postJson(valid("[\"A\"]", "").replace("\"minPrice\":5", "\"minPrice\":NaN")).status()).isEqualTo(400);
        assertThat(text(postJson(valid("[\"NOSUCH\"]", "")))).contains("NOSUCH");
        // Java serialization, raw and gzipped
        byte[] ser = {(byte) 0xAC, (byte) 0xED, 0, 5, 0x73, 0x72};
        assertThat(text(post(ser))).contains("Java serialization");
        assertThat(text(post(gzip(ser)))).contains("Java serialization");
        // truncated gzip
        byte[] gz = ShardWire.encodeRequest(request(symbols(30)));
        assertThat(text(post(java.util.Arrays.copyOf(gz, gz.length - 12)))).contains("gzip");
        // a decompression bomb: 64 MB of zeros in well under 1 MB
        byte[] bomb = gzip(new byte[64 << 20]);
        assertThat(bomb.length).isLessThan(ShardWire.MAX_REQUEST_BYTES);
        ShardHandler.Reply b = post(bomb);
        assertThat(b.status()).isEqualTo(413);
        // oversized body
        assertThat(post(new byte[ShardWire.MAX_REQUEST_BYTES + 1]).status()).isEqualTo(413);
        // too many symbols
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= ShardWire.MAX_SYMBOLS; i++) {
            many.append(i == 0 ? "" : ",").append("\"S").append(i).append('"');
        }
        assertThat(postJson(valid(many + "]", "")).status()).isEqualTo(413);
        assertThat(loads.get()).as("nothing invalid reached the data").isEqualTo(1);
    }

    @Test
    void otherDataVersionIs409() {
        ShardRequest r = new ShardRequest("sim", "other-version", MARKET.lastDate(), 0, Profile.BALANCED,
                UniverseFilter.none(), symbols(2));
        assertThat(post(ShardWire.encodeRequest(r)).status()).isEqualTo(409);
    }

    @Test
    void healthNeedsNoKeyAndOtherPathsAre404() {
        assertThat(handler.handle("GET", ShardHandler.HEALTH, h -> null, new byte[0]).status()).isEqualTo(200);
        assertThat(handler.handle("GET", "/admin", h -> null, new byte[0]).status()).isEqualTo(404);
        assertThat(handler.handle("GET", ShardHandler.PATH, h -> null, new byte[0]).status()).isEqualTo(405);
    }

    @Test
    void requestRoundTrips() {
        ShardRequest r = new ShardRequest("csv:/d/x.csv", "v1", LocalDate.of(2024, 1, 2), 300, Profile.AGGRESSIVE,
                new UniverseFilter(Set.of(), Set.of("Energy"), 1, 500, 1e6, 10), List.of("AAPL", "BRK.B"));
        assertThat(ShardWire.decodeRequest(ShardWire.encodeRequest(r))).isEqualTo(r);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unused")
    private static Function<String, String> none() {
        return new HashMap<String, String>()::get;
    }
}
