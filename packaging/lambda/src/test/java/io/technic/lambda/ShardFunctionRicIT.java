package io.technic.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.technic.scanner.api.BarSources;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.remote.HmacAuth;
import io.technic.scanner.remote.ShardHandler;
import io.technic.scanner.remote.ShardRequest;
import io.technic.scanner.remote.ShardWire;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Lambda handler driven by the real AWS Lambda runtime interface client in a child JVM,
 * against a loopback implementation of the Lambda Runtime API (invocation/next, response, error).
 */
class ShardFunctionRicIT {

    private static final String SOURCE = "sim:seed=42,symbols=60,bars=400";
    private static final HmacAuth.Key KEY = HmacAuth.Key.of("lambda-test", "0123456789abcdef-lambda");

    /** The Runtime API: hands out queued events, records responses and errors by request id. */
    static final class RuntimeApi implements AutoCloseable {
        final HttpServer server;
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        final Map<String, String> responses = new ConcurrentHashMap<>();
        final Map<String, String> errors = new ConcurrentHashMap<>();
        final CountDownLatch answered;
        private int next;

        RuntimeApi(int expected) throws IOException {
            answered = new CountDownLatch(expected);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/2018-06-01/runtime/", this::serve);
            server.start();
        }

        private void serve(HttpExchange ex) throws IOException {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                byte[] body = ex.getRequestBody().readAllBytes();
                if (path.endsWith("/invocation/next")) {
                    String event;
                    try {
                        event = events.take(); // blocks like Lambda between invocations
                    } catch (InterruptedException e) {
                        return;
                    }
                    String id;
                    synchronized (this) {
                        id = "req-" + (++next);
                    }
                    ex.getResponseHeaders().set("Lambda-Runtime-Aws-Request-Id", id);
                    ex.getResponseHeaders().set("Lambda-Runtime-Deadline-Ms",
                            Long.toString(System.currentTimeMillis() + 60_000));
                    ex.getResponseHeaders().set("Lambda-Runtime-Invoked-Function-Arn",
                            "arn:aws:lambda:us-east-1:000000000000:function:technic-shard");
                    ex.getResponseHeaders().set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
                    send(ex, 200, event.getBytes(StandardCharsets.UTF_8));
                } else if (path.endsWith("/response")) {
                    responses.put(requestId(path), new String(body, StandardCharsets.UTF_8));
                    send(ex, 202, "{}".getBytes());
                    answered.countDown();
                } else if (path.endsWith("/error")) {
                    errors.put(path, new String(body, StandardCharsets.UTF_8));
                    send(ex, 202, "{}".getBytes());
                    answered.countDown();
                } else {
                    send(ex, 404, new byte[0]);
                }
            }
        }

        private static String requestId(String path) {
            String[] p = path.split("/");
            return p[p.length - 2];
        }

        private static void send(HttpExchange ex, int status, byte[] b) throws IOException {
            // the runtime client's native part reads Content-Type unconditionally (a missing one crashes it)
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        }

        String address() {
            return "127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static String functionUrlEvent(byte[] body, Map<String, String> headers) {
        StringBuilder h = new StringBuilder();
        headers.forEach((k, v) -> h.append(h.isEmpty() ? "" : ",").append('"').append(k.toLowerCase())
                .append("\":\"").append(v).append('"'));
        return "{\"version\":\"2.0\",\"rawPath\":\"" + ShardHandler.PATH + "\",\"rawQueryString\":\"\","
                + "\"headers\":{" + h + ",\"content-type\":\"application/json\"},"
                + "\"requestContext\":{\"http\":{\"method\":\"POST\",\"path\":\"" + ShardHandler.PATH + "\"}},"
                + "\"body\":\"" + Base64.getEncoder().encodeToString(body) + "\",\"isBase64Encoded\":true}";
    }

    @Test
    void realRuntimeClientRunsTheHandlerSignedShardComputedUnsignedRejected() throws Exception {
        Market market = BarSources.parse(SOURCE).load();
        List<String> symbols = market.symbols().subList(0, 25).stream().map(s -> s.symbol()).toList();
        byte[] body = ShardWire.encodeRequest(new ShardRequest(SOURCE, market.dataVersion(), market.lastDate(), 0,
                Profile.BALANCED, UniverseFilter.defaultsFor(Profile.BALANCED), symbols));
        Map<String, String> signed = HmacAuth.sign(KEY, "POST", ShardHandler.PATH, body, Clock.systemUTC());
        Map<String, String> forged = new java.util.LinkedHashMap<>(signed);
        forged.put(HmacAuth.SIGNATURE, "00".repeat(32));

        try (RuntimeApi api = new RuntimeApi(2)) {
            api.events.add(functionUrlEvent(body, signed));
            api.events.add(functionUrlEvent(body, forged));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path log = Files.createTempFile("lambda-ric-", ".log");
            ProcessBuilder pb = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector",
                    "--enable-native-access=ALL-UNNAMED", "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                    "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                    "io.technic.lambda.ShardFunction::handleRequest")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
            pb.environment().put("TECHNIC_KEY_ID", KEY.id());
            pb.environment().put("TECHNIC_KEY_SECRET", "0123456789abcdef-lambda");
            pb.environment().put("OMP_WAIT_POLICY", "passive");
            Process p = pb.start();
            try {
                boolean done = api.answered.await(120, TimeUnit.SECONDS);
                assertThat(done).as("runtime client answered both invocations; log:\n" + Files.readString(log)).isTrue();
                assertThat(api.errors).as(Files.readString(log)).isEmpty();
                String ok = api.responses.get("req-1");
                assertThat(ok).contains("\"statusCode\":200").contains("\"isBase64Encoded\":true");
                byte[] shard = Base64.getDecoder().decode(ok.replaceAll(".*\"body\":\"([^\"]*)\".*", "$1"));
                ShardHandler probe = new ShardHandler(new io.technic.scanner.exec.LocalScanExecutor(
                        new io.technic.scanner.feature.TechnicalFeatures(), new io.technic.scanner.score.TechRating(), null,
                        Executors.newCachedThreadPool(), io.technic.scanner.ml.XgboostAlphaModel.shipped()),
                        s -> market, new HmacAuth.Verifier(List.of(KEY), Clock.systemUTC()));
                int[] shape = probe.shape();
                ShardWire.Response r = ShardWire.decodeResponse(shard, symbols, shape[0], shape[1], shape[2]);
                assertThat(r.dataVersion()).isEqualTo(market.dataVersion());
                assertThat(r.output().symbols()).containsExactlyElementsOf(symbols);
                // the same shard computed in this JVM is bit-identical
                ShardHandler.Reply mine = probe.handle("POST", ShardHandler.PATH,
                        HmacAuth.sign(KEY, "POST", ShardHandler.PATH, body, Clock.systemUTC())::get, body);
                assertThat(mine.body()).isEqualTo(shard);
                assertThat(api.responses.get("req-2")).contains("\"statusCode\":401");
            } finally {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void malformedEventIsA400NotACrash() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new ShardFunction(null).handleRequest(new java.io.ByteArrayInputStream("[1,2".getBytes()), out, null);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"statusCode\":400");
    }
}
