package io.technic.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BenchHarnessTest {

    @Test
    void summarisesTimedRunsAndIgnoresWarmUps() {
        AtomicLong now = new AtomicLong();
        long[] durationsMs = {500, 400, 30, 10, 20};   // two warm-ups, then three timed runs
        AtomicInteger run = new AtomicInteger();
        Workload w = () -> {
            now.addAndGet(durationsMs[run.getAndIncrement()] * 1_000_000);
            return 1;
        };
        Stats s = new BenchHarness(2, 3, 0, now::get).measure(w);
        assertThat(s).isEqualTo(new Stats(20, 10, 30, 3));
        assertThat(run.get()).isEqualTo(5);
    }

    @Test
    void warmsUpUntilTheMinimumTimeHasPassed() {
        AtomicLong now = new AtomicLong();
        AtomicInteger run = new AtomicInteger();
        Workload w = () -> {
            now.addAndGet(run.getAndIncrement() < 10 ? 300_000_000L : 1_000_000L);   // 300 ms each warm-up
            return 1;
        };
        Stats s = new BenchHarness(2, 3, 2_000, now::get).measure(w);
        assertThat(run.get()).isEqualTo(7 + 3);                                       // 7 × 300 ms >= 2 s
        assertThat(s.medianMs()).isEqualTo(300);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Stats.ofMillis(4, 1, 3, 2)).isEqualTo(new Stats(2.5, 1, 4, 4));
        assertThat(Stats.ofNanos(3_000_000)).isEqualTo(new Stats(3, 3, 3, 1));
    }

    @Test
    void checksumsReachTheSink() {
        BenchHarness h = new BenchHarness(1, 2);
        h.measure(() -> 1.5);
        assertThat(h.sink()).isEqualTo(4.5);
    }

    @Test
    void speedupIsTheRatioOfMedians() {
        Stats taLib = new Stats(700, 650, 800, 5);
        Stats engine = new Stats(35, 30, 40, 5);
        assertThat(Stats.speedup(taLib, engine)).isEqualTo(20.0);
        assertThat(Stats.speedup(taLib, null)).isNull();
        assertThat(Stats.speedup(null, engine)).isNull();
    }

    @Test
    void rejectsMeaninglessSettings() {
        assertThatThrownBy(() -> new BenchHarness(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BenchHarness(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(Stats::ofMillis).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adaptsRunnablesAndSuppliers() {
        AtomicInteger n = new AtomicInteger();
        new BenchHarness(1, 1).measure(Workload.of(n::incrementAndGet));
        new BenchHarness(0, 2).measure(Workload.ofSupplier(() -> n.incrementAndGet()));
        assertThat(n.get()).isEqualTo(4);
    }
}
