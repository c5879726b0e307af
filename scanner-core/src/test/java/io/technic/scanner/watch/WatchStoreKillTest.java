package io.technic.scanner.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of a process that saves watchlists in a loop: the file must read back as
 * one whole generation, with no warning, and take the next save.
 */
class WatchStoreKillTest {

    @TempDir
    Path dir;

    @Test
    void watchlistsSurviveAKillMidWrite() throws Exception {
        Random random = new Random(23);
        for (int round = 0; round < 4; round++) {
            Path d = dir.resolve("r" + round);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), WatchCrashWriter.class.getName(), d.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(100 + random.nextInt(300));
                assertThat(p.isAlive()).as("the writer is still saving when killed").isTrue();
                p.destroyForcibly();                                    // SIGKILL
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            WatchStore store = new WatchStore(d);
            WatchStore.Loaded loaded = store.load();
            assertThat(loaded.warnings()).isEmpty();
            int g = loaded.config().watchlists().getFirst().symbols().size();
            assertThat(g).isGreaterThanOrEqualTo(1);
            assertThat(loaded.config()).isEqualTo(WatchCrashWriter.generation(g));
            assertThat(d.toFile().list()).as("no temporary files left after a load")
                    .allMatch(n -> !n.endsWith(".tmp"));
            store.save(WatchCrashWriter.generation(g + 1));
            assertThat(store.load().config()).isEqualTo(WatchCrashWriter.generation(g + 1));
        }
    }
}
