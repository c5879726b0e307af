package io.technic.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FxGateTest {

    private final ScheduledExecutorService single = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        single.shutdownNow();
    }

    @Test
    void aBurstBecomesFewUpdatesEndingWithTheLastValue() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        CountDownLatch last = new CountDownLatch(1);
        var c = new FxGate.Coalescer<Integer>(50, v -> {
            seen.add(v);
            if (v == 9_999) {
                last.countDown();
            }
        }, single::execute);
        for (int i = 0; i < 10_000; i++) {
            c.accept(i);
        }
        assertThat(last.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.getLast()).isEqualTo(9_999);
        assertThat(seen.size()).isLessThan(50);
        assertThat(seen).isSorted();
    }

    @Test
    void flushDeliversThePendingValueAtOnce() {
        List<String> seen = new CopyOnWriteArrayList<>();
        var c = new FxGate.Coalescer<String>(60_000, seen::add, r -> { });
        c.accept("a");
        c.accept("b");
        c.flush();
        assertThat(seen).containsExactly("b");
        c.flush();
        assertThat(seen).containsExactly("b");
    }
}
