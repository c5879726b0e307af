package io.technic.scanner.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The standalone worker: the JDK's HTTP server in front of a {@link ShardHandler}. Reads at most
 * {@link ShardWire#MAX_REQUEST_BYTES} + 1 bytes of a body (413 beyond), runs at most
 * {@code concurrency} shards at once. For a cluster behind a load balancer.
 */
public final class HttpWorker implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool;

    private HttpWorker(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /**
     * Starts serving on {@code host:port} (port 0 = any free port).
     *
     * @throws IOException if the port cannot be bound
     */
    public static HttpWorker start(String host, int port, ShardHandler handler, int concurrency) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency), r -> {
            Thread t = new Thread(r, "technic-worker-http");
            t.setDaemon(true);
            return t;
        });
        s.setExecutor(pool);
        s.createContext("/", ex -> serve(ex, handler));
        s.start();
        return new HttpWorker(s, pool);
    }

    private static void serve(HttpExchange ex, ShardHandler handler) throws IOException {
        try (ex) {
            byte[] body = readLimited(ex.getRequestBody(), ShardWire.MAX_REQUEST_BYTES + 1);
            ShardHandler.Reply r = handler.handle(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                    name -> ex.getRequestHeaders().getFirst(name), body);
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    private static byte[] readLimited(InputStream in, int max) throws IOException {
        byte[] buf = new byte[Math.min(max, 64 * 1024)];
        int n = 0;
        int r;
        while (n < max && (r = in.read(buf, n, Math.min(buf.length, max) - n)) > 0) {
            n += r;
            if (n == buf.length && buf.length < max) {
                buf = Arrays.copyOf(buf, Math.min(max, buf.length * 2));
            }
        }
        return Arrays.copyOf(buf, n);
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
