package io.technic.scanner.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secret-tool backend's error handling against scripts standing in for {@code secret-tool}
 * (a broken D-Bus, a hanging keyring); the real tool and a real Secret Service are in
 * {@link SecretToolStoreIT}.
 */
class SecretToolStoreTest {

    @TempDir
    Path dir;

    private Path script(String body) throws Exception {
        Path f = dir.resolve("secret-tool");
        Files.writeString(f, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwx------"));
        return f;
    }

    @Test
    void backendFailureIsAnErrorNamingTheToolAndItsMessage() throws Exception {
        SecretToolStore s = new SecretToolStore(script("echo 'Cannot autolaunch D-Bus without X11 $DISPLAY' >&2; exit 1"),
                Map.of(), Duration.ofSeconds(5));
        assertThat(s.available()).isFalse();
        assertThatThrownBy(() -> s.get("hmac-key-secret")).isInstanceOf(SecretException.class)
                .hasMessageContaining("secret-tool could not look up 'hmac-key-secret'").hasMessageContaining("D-Bus");
        assertThatThrownBy(() -> s.put("hmac-key-secret", "value-123")).isInstanceOf(SecretException.class)
                .hasMessageNotContaining("value-123");
    }

    @Test
    void hangingKeyringIsKilledAfterTheTimeout() throws Exception {
        SecretToolStore s = new SecretToolStore(script("exec sleep 30"), Map.of(), Duration.ofMillis(300));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> s.get("k")).isInstanceOf(SecretException.class).hasMessageContaining("did not finish");
        assertThat(s.available()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void secretGoesOnStandardInputNeverOnTheCommandLine() throws Exception {
        Path args = dir.resolve("args");
        Path in = dir.resolve("stdin");
        SecretToolStore s = new SecretToolStore(script("echo \"$@\" >> " + args + "; cat > " + in),
                Map.of(), Duration.ofSeconds(5));
        s.put("polygon-api-key", "pk-very-secret");
        assertThat(Files.readString(args)).contains("store --label=Technic polygon-api-key service technic key polygon-api-key")
                .doesNotContain("pk-very-secret");
        assertThat(Files.readString(in)).isEqualTo("pk-very-secret");
    }
}
