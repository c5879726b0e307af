package io.technic.scanner.data.store;

import static io.technic.scanner.data.store.StoreFixtures.assertSameMarket;
import static io.technic.scanner.data.store.StoreFixtures.sim;
import static io.technic.scanner.data.store.StoreFixtures.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.BarSources;
import io.technic.scanner.data.DataException;
import io.technic.scanner.model.Market;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarStoreTest {

    private static final Market FULL = sim(40, 300);

    @TempDir
    Path dir;

    private static LocalDate day(int fromEnd) {
        int[] days = FULL.index().day();
        return LocalDate.ofEpochDay(days[days.length - 1 - fromEnd]);
    }

    @Test
    void aMarketComesBackBitForBit() throws IOException {
        BarStore store = new BarStore(dir);
        BarStore.AppendResult r = store.append(FULL);
        assertThat(r.generation()).isEqualTo(1);
        assertThat(r.newBars()).isEqualTo(FULL.bars().barCount() + FULL.index().barCount());
        assertThat(r.newSymbols()).isEqualTo(40);
        Market back = store.load();
        assertSameMarket(back, FULL);
        assertThat(back.source()).isEqualTo("store:" + dir.toAbsolutePath());
        assertThat(store.info().lastDate()).isEqualTo(FULL.lastDate());
    }

    @Test
    void appendsStoreOnlyNewDaysAndNewSymbols() throws IOException {
        BarStore store = new BarStore(dir);
        Market early = until(FULL, 30, day(10));
        store.append(early);
        String v1 = store.load().dataVersion();

        BarStore.AppendResult r = store.append(FULL);
        long expectedNew = FULL.bars().barCount() + FULL.index().barCount()
                - early.bars().barCount() - early.index().barCount();
        assertThat(r.newBars()).isEqualTo(expectedNew);
        assertThat(r.storedBars()).isEqualTo(early.bars().barCount() + early.index().barCount());
        assertThat(r.newSymbols()).isEqualTo(10);
        Market back = store.load();
        assertSameMarket(back, FULL);
        assertThat(back.dataVersion()).isNotEqualTo(v1);
        assertThat(store.info().segments()).isEqualTo(2);

        BarStore.AppendResult again = store.append(FULL);
        assertThat(again.newBars()).isZero();
        assertThat(again.generation()).isEqualTo(r.generation());
    }

    @Test
    void manySmallAppendsAreCompacted() throws IOException {
        BarStore store = new BarStore(dir);
        boolean compacted = false;
        for (int k = BarStore.MAX_SEGMENTS + 4; k >= 0; k--) {
            compacted |= store.append(until(FULL, 40, day(k))).compacted();
        }
        assertThat(compacted).isTrue();
        assertThat(store.info().segments()).isLessThanOrEqualTo(BarStore.MAX_SEGMENTS);
        assertSameMarket(store.load(), FULL);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("seg-")).count())
                    .isEqualTo(store.info().segments());
        }
    }

    /** A write that dies at any step leaves the previous generation readable; the next write cleans up. */
    @ParameterizedTest
    @ValueSource(strings = {"segment", "manifest", "current"})
    void aWriteThatDiesLeavesTheStoreReadable(String step) throws IOException {
        Market early = until(FULL, 40, day(5));
        new BarStore(dir).append(early);
        BarStore dying = new BarStore(dir, s -> {
            if (s.equals(step)) {
                throw new IOException("killed at " + s);
            }
        });
        assertThatThrownBy(() -> dying.append(FULL)).hasMessageContaining("killed at " + step);

        BarStore store = new BarStore(dir);
        // before CURRENT moved: the old generation; after: the new one
        assertSameMarket(store.load(), step.equals("current") ? FULL : early);
        store.append(FULL);
        assertSameMarket(store.load(), FULL);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .allMatch(n -> n.equals("CURRENT") || n.equals("LOCK") || n.startsWith("seg-")
                            || n.startsWith("manifest-"))
                    .filteredOn(n -> n.startsWith("manifest-")).hasSize(1);
        }
    }

    @Test
    void aDamagedSegmentIsReportedByName() throws IOException {
        BarStore store = new BarStore(dir);
        store.append(FULL);
        Path seg;
        try (Stream<Path> files = Files.list(dir)) {
            seg = files.filter(f -> f.getFileName().toString().startsWith("seg-")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(seg);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(seg, bytes);
        assertThatThrownBy(store::load).isInstanceOf(DataException.class)
                .hasMessageContaining(seg.getFileName().toString()).hasMessageContaining("checksum");
        Files.write(seg, java.util.Arrays.copyOf(bytes, bytes.length - 8));
        assertThatThrownBy(store::load).hasMessageContaining("truncated");
    }

    @Test
    void aDamagedManifestOrCurrentIsReportedByName() throws IOException {
        BarStore store = new BarStore(dir);
        store.append(FULL);
        Path manifest = dir.resolve(Files.readString(dir.resolve("CURRENT")).strip());
        byte[] bytes = Files.readAllBytes(manifest);
        bytes[20] ^= 1;
        Files.write(manifest, bytes);
        assertThatThrownBy(store::load).hasMessageContaining(manifest.getFileName().toString())
                .hasMessageContaining("checksum");
        Files.writeString(dir.resolve("CURRENT"), "nonsense");
        assertThatThrownBy(store::load).hasMessageContaining("CURRENT").hasMessageContaining("nonsense");
    }

    @Test
    void noStoreSaysHowToMakeOne() {
        assertThatThrownBy(() -> new BarStore(dir.resolve("none")).load()).isInstanceOf(DataException.class)
                .hasMessageContaining("no bar store here").hasMessageContaining("technic store import");
    }

    @Test
    void oneWriterAtATime() throws IOException {
        BarStore store = new BarStore(dir);
        store.append(until(FULL, 10, day(3)));
        try (FileChannel ch = FileChannel.open(dir.resolve("LOCK"), StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThatThrownBy(() -> store.append(FULL)).isInstanceOf(DataException.class)
                    .hasMessageContaining("being written by another process");
        }
        store.append(FULL);
        assertSameMarket(store.load(), FULL);
    }

    @Test
    void metadataOfASymbolFollowsItsLatestImport() throws IOException {
        BarStore store = new BarStore(dir);
        Market bare = new Market("bare", "v", FULL.symbols().stream()
                .map(i -> io.technic.scanner.model.SymbolInfo.of(i.symbol())).toList(), FULL.bars(), null, List.of());
        store.append(bare);
        assertThat(store.load().symbols().getFirst().sector()).isEqualTo("Unknown");
        store.append(FULL);
        assertThat(store.load().symbols()).isEqualTo(FULL.symbols());
        store.append(bare);                                 // a bare ticker never wipes what is known
        assertThat(store.load().symbols()).isEqualTo(FULL.symbols());
    }

    @Test
    void barSourcesOpensAStore() throws IOException {
        new BarStore(dir).append(FULL);
        assertSameMarket(BarSources.parse("store:" + dir).load(), FULL);
        assertThat(BarSources.parse("store").describe()).isEqualTo("store:" + BarStore.defaultDirectory().toAbsolutePath());
    }
}
