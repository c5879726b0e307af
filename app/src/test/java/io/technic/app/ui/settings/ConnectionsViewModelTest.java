package io.technic.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.service.ConnectionTester;
import io.technic.app.ui.service.OffloadConfig;
import io.technic.scanner.data.polygon.PolygonKey;
import io.technic.scanner.remote.ExecutionPolicy;
import io.technic.scanner.secret.FileSecretStore;
import io.technic.scanner.secret.SecretStores;
import io.technic.scanner.secret.Secrets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offload, cache and credential settings without a stage: store, validation, test connection, persistence. */
class ConnectionsViewModelTest {

    private static final Executor DIRECT = Runnable::run;
    private static final String SECRET = "a-secret-of-16+-chars";

    @TempDir
    Path dir;
    private FileSecretStore store;
    private final List<OffloadConfig> configs = new ArrayList<>();
    private final List<OffloadConfig> tested = new ArrayList<>();
    private final List<ConnectionTester.Line> answer = new ArrayList<>();
    private int saved;

    private ConnectionsViewModel vm(Map<String, String> env) {
        ConnectionsViewModel vm = new ConnectionsViewModel(new Secrets(env, store), cfg -> {
            tested.add(cfg);
            return List.copyOf(answer);
        }, dir.resolve("polygon.key"), DIRECT, DIRECT);
        vm.setOnConfig(configs::add);
        vm.setOnSaved(() -> saved++);
        return vm;
    }

    @BeforeEach
    void setUp() {
        store = SecretStores.files(dir);
    }

    @Test
    void savingPutsSecretsInTheStoreAndOnlyNonSecretSettingsInThePrefs() throws Exception {
        ConnectionsViewModel vm = vm(Map.of());
        vm.redisUrlProperty().set("rediss://scanner:url-pass-123@redis.example:6380");
        vm.endpointsProperty().set("http://w1:8080, https://w2.example/");
        vm.keyIdProperty().set("prod-2026-11");
        vm.keySecretProperty().set(SECRET);
        vm.policyProperty().set(ExecutionPolicy.REMOTE);

        assertThat(vm.save()).isTrue();

        assertThat(store.get(Secrets.HMAC_KEY_ID)).contains("prod-2026-11");
        assertThat(store.get(Secrets.HMAC_KEY_SECRET)).contains(SECRET);
        assertThat(store.get(Secrets.REDIS_PASSWORD)).contains("url-pass-123");
        assertThat(vm.redisUrlProperty().get()).isEqualTo("rediss://scanner@redis.example:6380");
        assertThat(vm.keySecretProperty().get()).isEmpty();
        assertThat(saved).isEqualTo(1);
        assertThat(vm.statusOkProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).contains("Saved").contains(store.describe());

        OffloadPrefs prefs = vm.prefs(true);
        assertThat(prefs).isEqualTo(new OffloadPrefs("rediss://scanner@redis.example:6380", "", "", "http://w1:8080, https://w2.example/",
                "remote", true));
        // the settings file as the window writes it holds no secret
        WorkspaceStore ws = new WorkspaceStore(dir);
        ws.save(new WorkspaceState(null, null, null, "dark", 0, "", prefs));
        String json = Files.readString(ws.file());
        assertThat(json).contains("w2.example").doesNotContain(SECRET).doesNotContain("url-pass-123");
        assertThat(ws.load().state().offload()).isEqualTo(prefs);

        OffloadConfig cfg = configs.getLast();
        assertThat(cfg.missingForOffload()).isNull();
        assertThat(cfg.endpoints()).containsExactly(URI.create("http://w1:8080"), URI.create("https://w2.example"));
        assertThat(cfg.key().id()).isEqualTo("prod-2026-11");
        assertThat(cfg.redisPassword()).isEqualTo("url-pass-123");
        assertThat(cfg.cache().redisUrl()).isEqualTo("rediss://scanner@redis.example:6380");
        assertThat(cfg.toString()).doesNotContain(SECRET).doesNotContain("url-pass-123");
        assertThat(vm.credentialsProperty().get()).contains("key secret: stored").doesNotContain(SECRET);
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        ConnectionsViewModel vm = vm(Map.of());
        vm.redisUrlProperty().set("http://redis:6379");
        assertThat(vm.save()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Redis URL:");
        vm.redisUrlProperty().set("redis://127.0.0.1:6379");
        vm.endpointsProperty().set("ftp://w1");
        assertThat(vm.save()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Remote endpoints:").contains("ftp://w1");
        vm.endpointsProperty().set("http://w1:8080");
        vm.keySecretProperty().set("short");
        assertThat(vm.save()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("HMAC secret:").doesNotContain("short");
        vm.keySecretProperty().set("");
        vm.redisCaProperty().set(dir.resolve("missing-ca.pem").toString());
        assertThat(vm.save()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Redis CA file:").contains("missing-ca.pem");
        assertThat(vm.statusOkProperty().get()).isFalse();
        assertThat(configs).isEmpty();
        assertThat(store.get(Secrets.HMAC_KEY_ID)).isEmpty();
    }

    @Test
    void testConnectionUsesTheFormAsTypedAndReportsEachCheck() {
        ConnectionsViewModel vm = vm(Map.of());
        vm.endpointsProperty().set("http://127.0.0.1:9");
        vm.keyIdProperty().set("k1");
        vm.keySecretProperty().set(SECRET);
        answer.add(new ConnectionTester.Line(true, "Redis: not set"));
        answer.add(new ConnectionTester.Line(false, "http://127.0.0.1:9: Connection refused"));
        vm.testConnection();
        assertThat(tested).hasSize(1);
        assertThat(tested.getFirst().key().id()).isEqualTo("k1"); // typed, not yet saved
        assertThat(store.get(Secrets.HMAC_KEY_SECRET)).isEmpty();
        assertThat(vm.statusOkProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("✓ Redis: not set\n✗ http://127.0.0.1:9: Connection refused");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void environmentKeysWinAndAreReportedAsSuch() {
        store.put(Secrets.HMAC_KEY_ID, "stored-id");
        ConnectionsViewModel vm = vm(Map.of("TECHNIC_KEY_ID", "env-id", "TECHNIC_KEY_SECRET", SECRET));
        vm.endpointsProperty().set("http://w1:8080");
        vm.load();
        assertThat(vm.keyIdProperty().get()).isEqualTo("env-id");
        assertThat(vm.credentialsProperty().get()).contains("key id: from environment TECHNIC_KEY_ID")
                .contains("key secret: from environment TECHNIC_KEY_SECRET").contains("Redis password: not set");
        assertThat(configs.getLast().key().id()).isEqualTo("env-id");
        assertThat(configs.getLast().policy()).isEqualTo(ExecutionPolicy.AUTO);
    }

    @Test
    void polygonKeyGoesToTheStoreWhereThePolygonSourceFindsItAndIsNeverShown() {
        ConnectionsViewModel vm = vm(Map.of());
        vm.load();
        assertThat(vm.polygonStatusProperty().get()).startsWith("No key yet");
        vm.polygonKeyProperty().set("  ");
        assertThat(vm.savePolygonKey()).isFalse();
        vm.polygonKeyProperty().set("pk with space");
        assertThat(vm.savePolygonKey()).isFalse();
        assertThat(vm.polygonStatusProperty().get()).startsWith("Not saved");
        vm.polygonKeyProperty().set("pk_secret_123456");
        assertThat(vm.savePolygonKey()).isTrue();
        assertThat(vm.polygonKeyProperty().get()).isEmpty();
        assertThat(vm.polygonStatusProperty().get()).isEqualTo("Key stored in " + store.describe());
        assertThat(PolygonKey.find(new Secrets(Map.of(), store), dir.resolve("polygon.key"))).isPresent();
        assertThat(Files.exists(dir.resolve("polygon.key"))).isFalse();
        ConnectionsViewModel fromEnv = vm(Map.of("POLYGON_API_KEY", "x"));
        fromEnv.load();
        assertThat(fromEnv.polygonStatusProperty().get()).isEqualTo("Key from the environment (POLYGON_API_KEY)");
    }

    @Test
    void redisUrlPasswordIsSplitOffWithoutTouchingOtherUrls() {
        assertThat(ConnectionsViewModel.RedisParts.split("redis://:p%40ss@h:1"))
                .isEqualTo(new ConnectionsViewModel.RedisParts("redis://h:1", "p@ss"));
        assertThat(ConnectionsViewModel.RedisParts.split("rediss://u@h:1"))
                .isEqualTo(new ConnectionsViewModel.RedisParts("rediss://u@h:1", null));
        assertThat(ConnectionsViewModel.RedisParts.split("redis://h:1/0"))
                .isEqualTo(new ConnectionsViewModel.RedisParts("redis://h:1/0", null));
    }
}
