package io.technic.scanner.remote;

import com.sun.net.httpserver.HttpServer;
import io.technic.scanner.cache.CacheFixtures;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.exec.LocalScanExecutor;
import io.technic.scanner.exec.ShardOutput;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Market;
import io.technic.scanner.score.TechRating;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Workers on loopback for tests: real handlers, optionally misbehaving in one chosen way. */
final class RemoteFixtures {

    static final HmacAuth.Key KEY = HmacAuth.Key.of("test-key", "0123456789abcdef-secret");

    private RemoteFixtures() {}

    static ShardHandler handler(Market market) {
        LocalScanExecutor ex = new LocalScanExecutor(new TechnicalFeatures(), new TechRating(), null,
                Executors.newCachedThreadPool(), CacheFixtures.models());
        return new ShardHandler(ex, s -> market, new HmacAuth.Verifier(List.of(KEY), Clock.systemUTC()));
    }

    static RemoteSettings settings(ExecutionPolicy policy, List<URI> endpoints) {
        return RemoteSettings.of(endpoints, policy, KEY).withShardSize(40)
                .withTimings(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofMillis(20), 3);
    }

    /** How a test worker misbehaves. */
    enum Fault { NONE, ERROR_500, THROTTLE_ONCE, STALL_HEADERS, DISCONNECT, THROTTLED_BODY, EXTRA_SYMBOL,
        MISSING_SYMBOL, DUPLICATE_SYMBOL, SLOW, TOO_LARGE, GARBAGE }

    /** A worker over the JDK HTTP server whose replies pass through a fault. */
    static final class TestWorker implements AutoCloseable {
        final HttpServer server;
        final AtomicInteger requests = new AtomicInteger();
        volatile Fault fault;

        TestWorker(Market market, Fault fault) throws IOException {
            this.fault = fault;
            ShardHandler h = handler(market);
            int[] shape = h.shape();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", ex -> {
                int n = requests.incrementAndGet();
                try (ex) {
                    byte[] body = ex.getRequestBody().readAllBytes();
                    Fault f = this.fault;
                    if (f == Fault.STALL_HEADERS) {
                        sleep(10_000);
                        return;
                    }
                    if (f == Fault.DISCONNECT) {
                        return; // closes without a response
                    }
                    if (f == Fault.ERROR_500) {
                        send(ex, 500, "text/plain", "boom".getBytes());
                        return;
                    }
                    if (f == Fault.THROTTLE_ONCE && n == 1) {
                        ex.getResponseHeaders().set("Retry-After", "1");
                        send(ex, 429, "text/plain", "slow down".getBytes());
                        return;
                    }
                    if (f == Fault.SLOW) {
                        sleep(2_500);
                    }
                    ShardHandler.Reply r = h.handle(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                            name -> ex.getRequestHeaders().getFirst(name), body);
                    byte[] out = r.body();
                    if (r.status() == 200 && f.ordinal() >= Fault.EXTRA_SYMBOL.ordinal()
                            && f.ordinal() <= Fault.DUPLICATE_SYMBOL.ordinal()) {
                        out = tamper(out, f, shape);
                    }
                    if (f == Fault.TOO_LARGE) {
                        out = new byte[ShardWire.MAX_RESPONSE_BYTES + 10];
                    }
                    if (f == Fault.GARBAGE) {
                        out = "{\"not\": \"a shard\"}".getBytes();
                    }
                    if (f == Fault.THROTTLED_BODY) {
                        ex.getResponseHeaders().set("Content-Type", r.contentType());
                        ex.sendResponseHeaders(r.status(), out.length);
                        try (OutputStream os = ex.getResponseBody()) {
                            for (int i = 0; i < out.length; i += 64) {
                                os.write(out, i, Math.min(64, out.length - i));
                                os.flush();
                                sleep(50);
                            }
                        }
                        return;
                    }
                    send(ex, r.status(), r.contentType(), out);
                } catch (IOException ignored) {
                    // the client went away (cancelled hedge or deadline)
                }
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        private static void send(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] b)
                throws IOException {
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        }

        private static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Re-encodes a good response with one symbol added, dropped or duplicated. */
    static byte[] tamper(byte[] good, Fault f, int[] shape) {
        ShardWire.Response resp = decodeAny(good, shape);
        ShardOutput out = resp.output();
        List<String> syms = new ArrayList<>(out.symbols());
        List<Integer> take = new ArrayList<>();
        for (int i = 0; i < syms.size(); i++) {
            take.add(i);
        }
        List<String> newSyms = new ArrayList<>(syms);
        switch (f) {
            case EXTRA_SYMBOL -> {
                newSyms.add("ZZZZ");
                take.add(0);
            }
            case MISSING_SYMBOL -> {
                newSyms.removeLast();
                take.removeLast();
            }
            case DUPLICATE_SYMBOL -> {
                newSyms.set(newSyms.size() - 1, newSyms.getFirst());
            }
            default -> { }
        }
        ShardOutput copy = new ShardOutput(newSyms, out.cols(), out.scoreCount(), out.modelCount());
        for (int i = 0; i < newSyms.size(); i++) {
            int j = take.get(i);
            if (out.hasRow(j)) {
                copy.setRow(i, out.features(), j * out.cols(), out.scores(), j * out.scoreCount(), out.forecasts(),
                        j * out.modelCount(), out.code(j));
            } else {
                copy.setVerdict(i, out.state(j), out.code(j), out.detail(j));
            }
        }
        return ShardWire.encodeResponse(resp.engineId(), resp.dataVersion(), copy);
    }

    /** Decodes a response whatever symbols it holds (test helper). */
    static ShardWire.Response decodeAny(byte[] bytes, int[] shape) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        b.position(6);
        b.position(b.position() + b.getInt() + 0);
        b.position(b.position() + b.getInt());
        b.position(b.position() + 12);
        int n = b.getInt();
        List<String> syms = new ArrayList<>();
        // walk the slots to collect the symbols
        for (int i = 0; i < n; i++) {
            int len = b.getInt();
            syms.add(new String(bytes, b.position(), len));
            b.position(b.position() + len);
            byte st = b.get();
            if (st == ShardOutput.FILTERED || st == ShardOutput.SKIPPED) {
                b.position(b.position() + b.getInt());
                b.position(b.position() + b.getInt());
                continue;
            }
            if (st == ShardOutput.UNDEFINED) {
                b.position(b.position() + b.getInt());
            }
            b.position(b.position() + 8 * (shape[0] + shape[1]) + 4 * shape[2]);
        }
        return ShardWire.decodeResponse(bytes, syms, shape[0], shape[1], shape[2]);
    }
}
