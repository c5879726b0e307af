package io.technic.scanner.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.score.TechRating;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class BackgroundPriorityTest {

    private static int niceOfANewThreadThatLowersItself(int nice) throws Exception {
        CompletableFuture<Integer> seen = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            boolean applied = BackgroundPriority.lowerCurrentThread(nice);
            seen.complete(applied ? BackgroundPriority.currentNice() : Integer.MIN_VALUE);
        });
        t.start();
        t.join();
        return seen.get();
    }

    @Test
    void aThreadLowersItsOwnPriorityAndNoOtherThreads() throws Exception {
        int mine = BackgroundPriority.currentNice();
        int target = Math.min(19, mine + 7);
        assertThat(niceOfANewThreadThatLowersItself(target)).isEqualTo(target);
        assertThat(BackgroundPriority.currentNice()).isEqualTo(mine);
    }

    @Test
    void nonsenseValuesAreRefusedByName() {
        assertThatThrownBy(() -> BackgroundPriority.lowerCurrentThread(0)).hasMessageContaining("1-19");
        assertThatThrownBy(() -> BackgroundPriority.lowerCurrentThread(20)).hasMessageContaining("not 20");
    }

    @Test
    void aScannersThreadsRunAtItsBackgroundPriority() {
        int target = Math.min(19, BackgroundPriority.currentNice() + 10);
        AtomicInteger loaderNice = new AtomicInteger(Integer.MIN_VALUE);
        var market = new SimulatedMarket(new SimulationSpec(3, 40, 300, SimulationSpec.DEFAULT_END)).load();
        try (Scanner s = new Scanner(src -> {
            loaderNice.set(BackgroundPriority.currentNice()); // the loader runs on an engine thread
            return market;
        }, new TechnicalFeatures(), new TechRating()).withBackgroundPriority(target)) {
            var r = s.run(ScanRequest.of("sim"));
            assertThat(r.accounting().universe()).isEqualTo(40);
        }
        assertThat(loaderNice.get()).isEqualTo(target);
    }
}
