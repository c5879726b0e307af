package io.technic.scanner.data.store;

import static io.technic.scanner.data.store.StoreFixtures.assertSameMarket;
import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.Market;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of a process in the middle of appending: the store must open afterwards
 * at a whole generation — every symbol's bars up to the same day, bit for bit — and take the
 * next append.
 */
class BarStoreKillTest {

    @TempDir
    Path dir;

    @Test
    void aStoreKilledMidWriteOpensAtAWholeGeneration() throws Exception {
        Market full = StoreFixtures.sim(StoreCrashWriter.SYMBOLS, StoreCrashWriter.BARS);
        Random random = new Random(17);
        int killedWhileWriting = 0;
        for (int round = 0; round < 4; round++) {
            Path store = dir.resolve("r" + round);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), StoreCrashWriter.class.getName(), store.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(50 + random.nextInt(400));
                if (p.isAlive()) {
                    killedWhileWriting++;
                }
                p.destroyForcibly();                        // SIGKILL: no shutdown hooks, no finally blocks
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            BarStore s = new BarStore(store);
            if (!s.exists()) {
                continue;                                   // killed before the first commit: nothing to lose
            }
            Market back = s.load();
            assertSameMarket(back, StoreFixtures.until(full, StoreCrashWriter.SYMBOLS, back.lastDate()));
            s.append(full);
            assertSameMarket(s.load(), StoreFixtures.until(full, StoreCrashWriter.SYMBOLS, full.lastDate()));
        }
        assertThat(killedWhileWriting).as("rounds killed before the writer finished").isPositive();
    }
}
