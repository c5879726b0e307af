package io.technic.scanner.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(2), now::get);

    @Test
    void opensAfterConsecutiveFailuresAndRefusesCalls() {
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.allow()).isTrue();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allow()).isFalse();
        assertThat(breaker.opens()).isEqualTo(1);
    }

    @Test
    void successResetsTheFailureCount() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.allow()).isTrue();
    }

    @Test
    void halfOpenLetsExactlyOneTrialThroughThenClosesOnSuccess() {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.allow()).isFalse();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.allow()).isTrue();
    }

    @Test
    void failedTrialOpensAgain() {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(breaker.allow()).isTrue();
        breaker.onFailure();
        assertThat(breaker.allow()).isFalse();
        assertThat(breaker.opens()).isEqualTo(2);
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new CircuitBreaker(0, Duration.ofSeconds(1))).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new CircuitBreaker(1, Duration.ZERO)).hasMessageContaining("openFor");
    }
}
