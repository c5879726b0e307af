package io.technic.app.ui.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.remote.ExecutionPolicy;
import io.technic.scanner.remote.HmacAuth;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffloadConfigTest {

    private static final List<URI> ONE = List.of(URI.create("http://w1:8080"));

    private static OffloadConfig cfg(ExecutionPolicy p, List<URI> endpoints, String secret) {
        return new OffloadConfig("rediss://u@r:6380", "", "pw-123", Path.of("/etc/ca.pem"), endpoints, p,
                secret == null ? null : HmacAuth.Key.of("k1", secret));
    }

    @Test
    void saysWhatIsMissingBeforeItCanOffload() {
        assertThat(cfg(ExecutionPolicy.LOCAL, ONE, "s".repeat(16)).missingForOffload()).contains("policy").contains("local");
        assertThat(cfg(ExecutionPolicy.AUTO, List.of(), "s".repeat(16)).missingForOffload()).contains("endpoint");
        assertThat(cfg(ExecutionPolicy.REMOTE, ONE, null).missingForOffload()).contains("HMAC key");
        assertThatThrownBy(() -> cfg(ExecutionPolicy.REMOTE, ONE, null).remote()).hasMessageContaining("HMAC key");
        OffloadConfig ok = cfg(ExecutionPolicy.REMOTE, ONE, "s".repeat(16));
        assertThat(ok.missingForOffload()).isNull();
        assertThat(ok.remote().endpoints()).isEqualTo(ONE);
    }

    @Test
    void cacheCarriesUrlPasswordAndCaAndToStringHidesSecrets() {
        OffloadConfig c = cfg(ExecutionPolicy.AUTO, ONE, "secret-secret-123");
        assertThat(c.cache().redisUrl()).isEqualTo("rediss://u@r:6380");
        assertThat(c.cache().redisPassword()).isEqualTo("pw-123");
        assertThat(c.cache().redisUser()).isNull();
        assertThat(c.cache().redisCaFile()).isEqualTo(Path.of("/etc/ca.pem"));
        assertThat(c.toString()).doesNotContain("pw-123").doesNotContain("secret-secret-123").contains("k1");
        assertThat(OffloadConfig.none().cache().hasRedis()).isFalse();
    }

    @Test
    void sameAsComparesSecretsByContent() {
        assertThat(cfg(ExecutionPolicy.AUTO, ONE, "secret-secret-123").sameAs(cfg(ExecutionPolicy.AUTO, ONE, "secret-secret-123")))
                .isTrue();
        assertThat(cfg(ExecutionPolicy.AUTO, ONE, "secret-secret-123").sameAs(cfg(ExecutionPolicy.AUTO, ONE, "secret-secret-456")))
                .isFalse();
        assertThat(cfg(ExecutionPolicy.AUTO, ONE, null).sameAs(cfg(ExecutionPolicy.REMOTE, ONE, null))).isFalse();
        assertThat(OffloadConfig.none().sameAs(OffloadConfig.none())).isTrue();
    }
}
