package io.technic.scanner.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.data.DataException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchStoreTest {

    @TempDir
    Path dir;

    static WatchConfig sample() {
        return WatchConfig.empty().create("core").update("core", w -> w.add(List.of("aapl", " msft", "NVDA", "AAPL")))
                .create("energy").put(new SavedScan("oversold", "rsi(14) < 30", "roc(63) desc", 20))
                .put(AlertRule.condition("above-50", "core", "close > sma(50)", null, Duration.ofMinutes(30)))
                .put(AlertRule.condition("rsi-low", "energy", "rsi(14) < 30", "rsi(14) > 35", Duration.ZERO))
                .put(AlertRule.newEntrant("oversold-new", "oversold", Duration.ofHours(1)));
    }

    @Test
    void configRoundTripsThroughTheFile() throws Exception {
        WatchStore store = new WatchStore(dir);
        assertThat(store.load().config()).isEqualTo(WatchConfig.empty());
        store.save(sample());
        WatchStore.Loaded back = new WatchStore(dir).load();
        assertThat(back.config()).isEqualTo(sample());
        assertThat(back.warnings()).isEmpty();
        assertThat(back.config().watchlist("CORE").orElseThrow().symbols()).containsExactly("AAPL", "MSFT", "NVDA");
    }

    @Test
    void aCorruptFileIsRestoredFromThePreviousGoodCopyWithAWarning() throws Exception {
        WatchStore store = new WatchStore(dir);
        WatchConfig first = sample();
        WatchConfig second = first.update("energy", w -> w.add(List.of("XOM")));
        store.save(first);
        store.save(second);
        String text = Files.readString(store.file());
        Files.writeString(store.file(), text.substring(0, text.length() / 2));     // torn by something else

        WatchStore.Loaded loaded = new WatchStore(dir).load();

        assertThat(loaded.config()).isEqualTo(first);
        assertThat(loaded.warnings()).singleElement().asString()
                .contains("watch.json was corrupt").contains("restored the previous good copy from")
                .contains("watch.json.bak").contains("watch.json.corrupt");
        assertThat(Files.readString(dir.resolve("watch.json.corrupt"))).isEqualTo(text.substring(0, text.length() / 2));
        assertThat(new WatchStore(dir).load().warnings()).as("the file was rewritten from the backup").isEmpty();
    }

    @Test
    void aFileThatParsesButBreaksTheRulesCountsAsCorrupt() throws Exception {
        WatchStore store = new WatchStore(dir);
        store.save(sample());
        store.save(sample().create("more"));
        Files.writeString(store.file(), Files.readString(store.file()).replace("\"core\"", "\"energy\""));
        WatchStore.Loaded loaded = store.load();
        assertThat(loaded.config()).isEqualTo(sample());
        assertThat(loaded.warnings()).singleElement().asString().contains("two watchlists named 'energy'");
    }

    @Test
    void bothFilesUnreadableIsAnErrorNamingBoth() throws Exception {
        WatchStore store = new WatchStore(dir);
        store.save(sample());
        store.save(sample());
        Files.writeString(store.file(), "{");
        Files.writeString(dir.resolve("watch.json.bak"), "not json");
        assertThatThrownBy(store::load).isInstanceOf(DataException.class)
                .hasMessageContaining("watch.json is unreadable").hasMessageContaining("watch.json.bak");
    }

    @Test
    void aCorruptCurrentFileNeverOverwritesTheGoodBackup() throws Exception {
        WatchStore store = new WatchStore(dir);
        store.save(sample());
        store.save(sample().create("x"));
        Files.writeString(store.file(), "garbage");
        store.save(sample().create("y"));          // the garbage must not become the backup
        Files.writeString(store.file(), "garbage again");
        assertThat(store.load().config()).isEqualTo(sample());
    }

    @Test
    void renameCarriesTheRulesAlongAndRefusesTakenNames() {
        WatchConfig c = sample().rename("core", "Tech leaders");
        assertThat(c.watchlist("tech leaders")).isPresent();
        assertThat(c.watchlist("core")).isEmpty();
        assertThat(c.rules()).filteredOn(r -> r.id().equals("above-50")).singleElement()
                .extracting(AlertRule::target).isEqualTo("Tech leaders");
        assertThatThrownBy(() -> c.rename("Tech leaders", "ENERGY")).hasMessageContaining("already exists");
        assertThatThrownBy(() -> c.rename("nope", "x")).hasMessageContaining("no watchlist named 'nope'");
    }

    @Test
    void badInputIsRefusedNamingWhat() {
        assertThatThrownBy(() -> WatchConfig.empty().create("a/b")).hasMessageContaining("watchlist name 'a/b'");
        assertThatThrownBy(() -> Watchlist.empty("x").add(List.of("BRK B"))).hasMessageContaining("'BRK B' is not a ticker");
        assertThatThrownBy(() -> WatchConfig.empty().create("x").create("X")).hasMessageContaining("two watchlists named 'X'");
        assertThatThrownBy(() -> WatchConfig.empty().put(AlertRule.condition("r", "none", "rsi(14) < 30", null, null)))
                .hasMessageContaining("rule r watches watchlist 'none', which does not exist");
    }

    @Test
    void symbolsImportFromCsvAndExportBack() throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "\uFEFFSymbol,name\n# my picks\naapl,Apple\n\n\"msft\",Microsoft\nAAPL,again\nbrk.b\n",
                StandardCharsets.UTF_8);
        List<String> symbols = SymbolCsv.read(csv);
        assertThat(symbols).containsExactly("AAPL", "MSFT", "BRK.B");
        Path out = dir.resolve("out.csv");
        SymbolCsv.write(new Watchlist("x", symbols), out);
        assertThat(Files.readString(out)).isEqualTo("symbol\nAAPL\nMSFT\nBRK.B\n");
        assertThat(SymbolCsv.read(out)).isEqualTo(symbols);

        Files.writeString(csv, "symbol\nAAPL\nnot a ticker\n");
        assertThatThrownBy(() -> SymbolCsv.read(csv)).isInstanceOf(DataException.class)
                .hasMessageContaining("'not a ticker' is not a ticker").hasMessageContaining("in.csv:3");
    }
}
