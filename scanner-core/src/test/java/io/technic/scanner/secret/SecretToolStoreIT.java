package io.technic.scanner.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secret-tool backend against a real Secret Service (gnome-keyring on a private D-Bus). */
class SecretToolStoreIT {

    @TempDir
    Path home;

    @Test
    void secretsRoundTripThroughARealKeyringAndNeverTouchTheDisk() throws Exception {
        try (SecretService service = new SecretService(home)) {
            SecretToolStore store = new SecretToolStore(SecretService.secretTool(), service.env(), Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!store.available() && System.nanoTime() < deadline) {
                Thread.sleep(100); // the keyring daemon registers on the bus a moment after it starts
            }
            assertThat(store.available()).isTrue();
            assertThat(store.get(Secrets.HMAC_KEY_SECRET)).isEmpty();
            store.put(Secrets.HMAC_KEY_SECRET, "a-secret-of-16+-chars");
            store.put(Secrets.HMAC_KEY_ID, "prod-2026-11");
            assertThat(store.get(Secrets.HMAC_KEY_SECRET)).contains("a-secret-of-16+-chars");
            assertThat(store.get(Secrets.HMAC_KEY_ID)).contains("prod-2026-11");
            store.put(Secrets.HMAC_KEY_SECRET, "rotated-secret-value");
            assertThat(store.get(Secrets.HMAC_KEY_SECRET)).contains("rotated-secret-value");
            assertThat(store.delete(Secrets.HMAC_KEY_SECRET)).isTrue();
            assertThat(store.get(Secrets.HMAC_KEY_SECRET)).isEmpty();
            assertThat(store.delete(Secrets.HMAC_KEY_SECRET)).isFalse();
            assertThat(new Secrets(Map.of(), store).find(Secrets.HMAC_KEY_ID).orElseThrow().from()).isEqualTo("store");
            assertThat(store.describe()).contains("Secret Service");
        }
    }
}
