package io.technic.scanner.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away certificate authority and a server certificate it signed for {@code 127.0.0.1}
 * and {@code localhost}, made with {@code openssl} (installed with apt-get when missing and
 * running as root) in a directory of the test's.
 *
 * @param caCert     the CA certificate (PEM), what clients trust
 * @param serverCert the server's certificate (PEM)
 * @param serverKey  the server's private key (PEM)
 */
public record TestCerts(Path caCert, Path serverCert, Path serverKey) {

    public static TestCerts create(Path dir) throws IOException, InterruptedException {
        String openssl = RedisServer.onPath("openssl");
        if (openssl == null) {
            if (!"root".equals(System.getProperty("user.name"))) {
                throw new IllegalStateException("openssl is not installed: sudo apt-get install -y openssl");
            }
            RedisServer.run("apt-get", "install", "-y", "--no-install-recommends", "openssl");
            openssl = RedisServer.onPath("openssl");
        }
        Path ca = dir.resolve("ca.crt");
        Path caKey = dir.resolve("ca.key");
        Path crt = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        Path csr = dir.resolve("server.csr");
        Path ext = dir.resolve("san.ext");
        Files.writeString(ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        run(dir, openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", caKey.toString(), "-out",
                ca.toString(), "-days", "2", "-subj", "/CN=Technic test CA");
        run(dir, openssl, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(), "-out", csr.toString(),
                "-subj", "/CN=localhost");
        run(dir, openssl, "x509", "-req", "-in", csr.toString(), "-CA", ca.toString(), "-CAkey", caKey.toString(),
                "-CAcreateserial", "-out", crt.toString(), "-days", "2", "-extfile", ext.toString());
        return new TestCerts(ca, crt, key);
    }

    private static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        Path log = dir.resolve("openssl.log");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + Files.readString(log));
        }
    }
}
