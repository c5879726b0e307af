package io.technic.scanner.secret;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Secret Service for tests: a private D-Bus session bus ({@code dbus-daemon --session})
 * and {@code gnome-keyring-daemon} on it with an unlocked login keyring in a temporary home.
 * Installs {@code dbus-daemon gnome-keyring libsecret-tools} with apt-get when missing and
 * running as root (CI), else fails saying how to install them.
 */
final class SecretService implements AutoCloseable {

    private final Process bus;
    private final Process keyring;
    private final String address;

    SecretService(Path home) throws IOException, InterruptedException {
        install();
        Path runtime = Files.createDirectories(home.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder pb = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1");
        env(pb, home, runtime);
        bus = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8));
        address = r.readLine();
        if (address == null || address.isBlank()) {
            bus.destroyForcibly();
            throw new IllegalStateException("dbus-daemon printed no address");
        }
        ProcessBuilder kb = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets");
        env(kb, home, runtime);
        kb.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
        keyring = kb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = keyring.getOutputStream()) {
            in.write("test-login-password".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void env(ProcessBuilder pb, Path home, Path runtime) {
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().remove("DISPLAY");
    }

    /** What {@code secret-tool} needs to reach this service. */
    Map<String, String> env() {
        return Map.of("DBUS_SESSION_BUS_ADDRESS", address);
    }

    /** The {@code secret-tool} binary. */
    static Path secretTool() {
        Path p = Command.onPath("secret-tool", System.getenv("PATH") + ":/usr/bin");
        if (p == null) {
            throw new IllegalStateException("secret-tool is not installed");
        }
        return p;
    }

    private static synchronized void install() throws IOException, InterruptedException {
        String path = System.getenv("PATH") + ":/usr/bin";
        if (Command.onPath("secret-tool", path) != null && Command.onPath("gnome-keyring-daemon", path) != null
                && Command.onPath("dbus-daemon", path) != null) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("these tests need secret-tool, gnome-keyring-daemon and dbus-daemon: "
                    + "sudo apt-get install -y --no-install-recommends libsecret-tools gnome-keyring dbus-daemon");
        }
        for (String[] cmd : new String[][] {
                {"apt-get", "install", "-y", "--no-install-recommends", "libsecret-tools", "gnome-keyring", "dbus-daemon"},
                {"apt-get", "update"},
                {"apt-get", "install", "-y", "--no-install-recommends", "libsecret-tools", "gnome-keyring", "dbus-daemon"}}) {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(10, TimeUnit.MINUTES);
            if (Command.onPath("secret-tool", path) != null && Command.onPath("gnome-keyring-daemon", path) != null) {
                return;
            }
        }
        throw new IllegalStateException("apt-get did not install libsecret-tools and gnome-keyring");
    }

    @Override
    public void close() throws InterruptedException {
        keyring.destroyForcibly();
        keyring.waitFor(10, TimeUnit.SECONDS);
        bus.destroyForcibly();
        bus.waitFor(10, TimeUnit.SECONDS);
    }
}
