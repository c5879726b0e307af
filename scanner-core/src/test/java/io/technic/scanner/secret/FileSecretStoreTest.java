package io.technic.scanner.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSecretStoreTest {

    @TempDir
    Path dir;

    @Test
    void storedSecretIsAPrivateFileReadBackAndReplacedAtomically() throws Exception {
        FileSecretStore store = SecretStores.files(dir);
        store.put("hmac-key-secret", "first-secret-value");
        Path f = dir.resolve("secrets/hmac-key-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f.getParent()))).isEqualTo("rwx------");
        assertThat(store.get("hmac-key-secret")).contains("first-secret-value");
        store.put("hmac-key-secret", "  second  ");
        assertThat(store.get("hmac-key-secret")).contains("second");
        try (var files = Files.list(f.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("hmac-key-secret");
        }
        assertThat(store.delete("hmac-key-secret")).isTrue();
        assertThat(store.delete("hmac-key-secret")).isFalse();
        assertThat(store.get("hmac-key-secret")).isEmpty();
    }

    @Test
    void fileOthersCanReadIsRefusedNamingTheFix() throws Exception {
        FileSecretStore store = SecretStores.files(dir);
        store.put("polygon-api-key", "abc");
        Path f = store.file("polygon-api-key");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> store.get("polygon-api-key")).isInstanceOf(SecretException.class)
                .hasMessageContaining("chmod 600 " + f).hasMessageNotContaining("abc");
    }

    @Test
    void badNamesAndValuesAreRefusedWithoutShowingTheValue() {
        FileSecretStore store = SecretStores.files(dir);
        assertThatThrownBy(() -> store.put("../etc/passwd", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("../etc/passwd");
        assertThatThrownBy(() -> store.put("Upper", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put("k", "two\nlines")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("two");
        assertThatThrownBy(() -> store.put("k", "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void environmentWinsOverTheStoreAndSaysWhereTheValueCameFrom() {
        FileSecretStore store = SecretStores.files(dir);
        store.put(Secrets.HMAC_KEY_ID, "from-store");
        store.put(Secrets.POLYGON_API_KEY, "stored-polygon");
        Secrets s = new Secrets(Map.of("TECHNIC_KEY_ID", "from-env", "MASSIVE_API_KEY", " "), store);
        assertThat(s.find(Secrets.HMAC_KEY_ID).orElseThrow().value()).isEqualTo("from-env");
        assertThat(s.find(Secrets.HMAC_KEY_ID).orElseThrow().from()).isEqualTo("environment TECHNIC_KEY_ID");
        assertThat(s.find(Secrets.HMAC_KEY_ID).orElseThrow().toString()).doesNotContain("from-env");
        assertThat(s.find(Secrets.POLYGON_API_KEY).orElseThrow().from()).isEqualTo("store"); // blank env is ignored
        assertThat(s.value(Secrets.HMAC_KEY_SECRET)).isEmpty();
        assertThat(s.overriddenBy(Secrets.HMAC_KEY_ID)).contains("TECHNIC_KEY_ID");
    }

    @Test
    void fileChoiceIsHonouredAndAnUnknownChoiceIsAnError() {
        assertThat(SecretStores.system(dir, Map.of(SecretStores.ENV, "file"))).isInstanceOf(FileSecretStore.class);
        assertThatThrownBy(() -> SecretStores.system(dir, Map.of(SecretStores.ENV, "vault")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TECHNIC_SECRET_STORE=vault");
        // no secret-tool on this PATH: the private files are the store
        assertThat(SecretStores.system(dir, Map.of("PATH", dir.toString()))).isInstanceOf(FileSecretStore.class);
        assertThatThrownBy(() -> SecretStores.system(dir, Map.of("PATH", dir.toString(), SecretStores.ENV, "keychain")))
                .isInstanceOf(SecretException.class).hasMessageContaining("no keychain answers");
    }
}
