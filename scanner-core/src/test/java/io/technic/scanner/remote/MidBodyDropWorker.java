package io.technic.scanner.remote;

import io.technic.scanner.model.Market;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A worker on a raw socket that computes the real, signed-request-checked shard reply, sends its
 * status line and headers (with the full {@code Content-Length}) and the first half of its body,
 * then drops the connection (RST): the "worker disconnects mid-body" fault. Speaks just enough
 * HTTP/1.1 for OkHttp's requests (a {@code Content-Length} body).
 */
final class MidBodyDropWorker implements AutoCloseable {

    final AtomicInteger requests = new AtomicInteger();
    /** Replies cut after their headers and half their body (each a complete 200 header block). */
    final AtomicInteger halfBodiesSent = new AtomicInteger();
    private final ShardHandler handler;
    private final ServerSocket server;
    private final Thread acceptor;

    MidBodyDropWorker(Market market) throws IOException {
        handler = RemoteFixtures.handler(market);
        server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        acceptor = Thread.ofPlatform().daemon().name("mid-body-drop").start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    Thread.ofVirtual().start(() -> serve(s));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            String requestLine = line(in);
            if (requestLine == null || requestLine.isEmpty()) {
                return;
            }
            requests.incrementAndGet();
            String[] parts = requestLine.split(" ");
            Map<String, String> headers = new HashMap<>();
            for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                int c = h.indexOf(':');
                headers.put(h.substring(0, c).trim().toLowerCase(Locale.ROOT), h.substring(c + 1).trim());
            }
            byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
            ShardHandler.Reply r = handler.handle(parts[0], URI.create(parts[1]).getPath(),
                    name -> headers.get(name.toLowerCase(Locale.ROOT)), body);
            byte[] out = r.body();
            OutputStream os = s.getOutputStream();
            os.write(("HTTP/1.1 " + r.status() + " OK\r\nContent-Type: " + r.contentType() + "\r\nContent-Length: "
                    + out.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            os.write(out, 0, out.length / 2);
            os.flush();
            if (r.status() == 200) {
                halfBodiesSent.incrementAndGet();
            }
            s.setSoLinger(true, 0); // close with a reset, as a crashed worker or a cut network does
        } catch (IOException | RuntimeException ignored) {
            // the client gave up first (deadline or hedge)
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (c == '\n') {
                return b.toString(StandardCharsets.US_ASCII).stripTrailing();
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5_000);
    }
}
