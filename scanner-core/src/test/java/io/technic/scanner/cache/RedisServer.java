package io.technic.scanner.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} child process on a free loopback port, for tests. Finds the
 * binary on the PATH; when it is missing and the tests run as root (CI), installs it with
 * {@code apt-get install -y --no-install-recommends redis-server}; otherwise fails saying how to
 * install it. Can be killed ({@code destroyForcibly}), black-holed ({@code kill -STOP}),
 * resumed and restarted on the same port.
 */
public final class RedisServer implements AutoCloseable {

    private static volatile String binary;

    private final int port;
    private final List<String> extraArgs;
    private Process process;

    private RedisServer(int port, List<String> extraArgs) {
        this.port = port;
        this.extraArgs = List.copyOf(extraArgs);
    }

    /** Starts a server on a free port with {@code extraArgs} (e.g. {@code --user ...}). */
    public static RedisServer start(String... extraArgs) {
        RedisServer s = new RedisServer(freePort(), List.of(extraArgs));
        s.launch();
        return s;
    }

    /**
     * Starts a server that speaks only TLS, on a free port, with the certificate and key of
     * {@code certs} (clients are not asked for certificates), plus {@code extraArgs}.
     */
    public static RedisServer startTls(TestCerts certs, String... extraArgs) {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("--port", "0", "--tls-port", Integer.toString(port),
                "--tls-cert-file", certs.serverCert().toString(), "--tls-key-file", certs.serverKey().toString(),
                "--tls-ca-cert-file", certs.caCert().toString(), "--tls-auth-clients", "no"));
        args.addAll(List.of(extraArgs));
        RedisServer s = new RedisServer(port, args);
        s.launch();
        return s;
    }

    /** A free loopback port nothing listens on. */
    public static int freePort() {
        try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return ss.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the server at once (SIGKILL), as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Freezes the server (SIGSTOP): connections stay open but nothing answers. */
    public void blackHole() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Resumes a frozen server (SIGCONT). */
    public void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    /** Starts the server again on the same port (after {@link #kill()}). */
    public void restart() {
        launch();
    }

    /** Sends a raw command (RESP) and returns the reply's first line, e.g. {@code +OK}. */
    public String command(byte[]... parts) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("*" + parts.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            for (byte[] p : parts) {
                out.write(("$" + p.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(p);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }
    }

    private void signal(String sig) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("kill", sig, Long.toString(process.pid())).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("kill " + sig + " " + process.pid() + " failed");
        }
    }

    private void launch() {
        List<String> cmd = new ArrayList<>(List.of(binary(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--protected-mode", "no"));
        cmd.addAll(extraArgs);
        try {
            Path log = Files.createTempFile("redis-test-", ".log");
            process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("redis-server exited: " + Files.readString(log));
                }
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(20);
                }
            }
            throw new IllegalStateException("redis-server did not listen on " + port + " within 10 s");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The redis-server binary, installed with apt-get when missing and running as root. */
    static synchronized String binary() {
        if (binary != null) {
            return binary;
        }
        String found = onPath("redis-server");
        if (found == null) {
            if (!"root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("redis-server is not on the PATH and these tests are not running as"
                        + " root, so they cannot install it. Install it with: sudo apt-get install -y"
                        + " --no-install-recommends redis-server (Debian/Ubuntu), brew install redis (macOS),"
                        + " or put a redis-server 7+ binary on the PATH.");
            }
            run("apt-get", "install", "-y", "--no-install-recommends", "redis-server");
            found = onPath("redis-server");
            if (found == null) {
                run("apt-get", "update");
                run("apt-get", "install", "-y", "--no-install-recommends", "redis-server");
                found = onPath("redis-server");
            }
            if (found == null) {
                throw new IllegalStateException("apt-get install redis-server did not put redis-server on the PATH");
            }
        }
        binary = found;
        return found;
    }

    static void run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.waitFor(10, TimeUnit.MINUTES);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", cmd) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/sbin:/usr/local/bin";
        for (String dir : path.split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            try {
                resume(); // a stopped process does not die on SIGTERM
            } catch (IOException | InterruptedException | RuntimeException ignored) {
                // it is being killed anyway
            }
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
