package io.technic.scanner.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import io.technic.scanner.testdata.RealData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Formats, layouts and determinism of {@link CsvBarSource}. */
class CsvBarSourceTest {

    private static final String YAHOO = "Date,Open,High,Low,Close,Adj Close,Volume";

    @TempDir
    Path dir;

    private static CsvSpec fixture(boolean strict) {
        return new CsvSpec(RealData.fixture("us-daily-sample.csv.gz"), RealData.fixture("us-index-daily.csv.gz"),
                RealData.fixture("us-constituents-sample.csv"), strict);
    }

    @ParameterizedTest(name = "strict={0}")
    @ValueSource(booleans = {false, true})
    void fixtureLoadsWithoutSkipsOrWarnings(boolean strict) {
        CsvBarSource src = new CsvBarSource(fixture(strict));
        Market m = src.load();
        assertThat(m.size()).isEqualTo(12);
        assertThat(m.bars().barCount()).isEqualTo(27_587);
        assertThat(m.loadSkipped()).isEmpty();
        assertThat(src.warnings()).isEmpty();
        assertThat(src.quality().zeroVolumeBars()).isEqualTo(39);
        assertThat(m.index().barCount()).isEqualTo(5_080);
        assertThat(m.index().close()[5_079]).isEqualTo(511.72);
        SymbolInfo aapl = m.symbols().get(m.indexOf("AAPL"));
        assertThat(aapl.name()).isEqualTo("Apple Inc.");
        assertThat(aapl.industry()).isEqualTo("Technology Hardware, Storage & Peripherals");
        assertThat(m.bars().length(m.indexOf("VLTO"))).isEqualTo(108);
        assertThat(m.dataVersion()).startsWith("csv-v1:");
        assertThat(m.source()).startsWith("csv:");
    }

    @Test
    void fastParserGivesExactlyWhatDoubleParseDoubleGives() throws IOException {
        Path file = RealData.fixture("us-daily-sample.csv.gz");
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        BarColumns b = new CsvBarSource(CsvSpec.of(file)).load().bars();
        assertThat(b.barCount()).isEqualTo(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            assertThat(b.day()[i]).isEqualTo((int) LocalDate.parse(f[1]).toEpochDay());
            assertThat(b.open()[i]).isEqualTo(Double.parseDouble(f[2]));
            assertThat(b.high()[i]).isEqualTo(Double.parseDouble(f[3]));
            assertThat(b.low()[i]).isEqualTo(Double.parseDouble(f[4]));
            assertThat(b.close()[i]).isEqualTo(Double.parseDouble(f[5]));
            assertThat(b.volume()[i]).isEqualTo(Double.parseDouble(f[6]));
        }
    }

    @Test
    void yahooDirectoryLoadsOneSymbolPerFileIgnoringAdjClose() {
        CsvFiles.writeText(dir.resolve("y/AAPL.csv"), "\uFEFF" + YAHOO + "\r\n"
                + "2024-01-02,187.15,188.44,183.89,185.64,184.94,82488700\r\n"
                + "2024-01-03,184.22,185.88,183.43,184.25,183.55,58414500\r\n");
        CsvFiles.write(dir.resolve("y/msft.csv.gz"), YAHOO.toLowerCase(), List.of(
                "2024-01-02,373.86,375.9,366.77,370.87,367.94,25258600"));
        CsvFiles.writeText(dir.resolve("y/README.md"), "not data");
        CsvBarSource src = new CsvBarSource(CsvSpec.of(dir.resolve("y")));
        Market m = src.load();
        assertThat(m.symbols()).extracting(SymbolInfo::symbol).containsExactly("AAPL", "MSFT");
        BarColumns b = m.bars();
        assertThat(b.close()).containsExactly(185.64, 184.25, 370.87);
        assertThat(b.volume()).containsExactly(82_488_700, 58_414_500, 25_258_600);
        assertThat(b.date(0)).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(src.warnings()).containsExactly("y: ignored 1 entries that are not bar files: README.md");
        assertThat(src.quality().files()).isEqualTo(2);
    }

    @Test
    void stooqDirectoryLoadsBothHeaderStylesAndStripsTheMarketSuffix() {
        CsvFiles.write(dir.resolve("s/aapl.us.txt"), "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>",
                List.of("AAPL.US,D,20240102,000000,187.15,188.44,183.885,185.64,82488700,0",
                        "AAPL.US,D,20240103,000000,184.22,185.88,183.43,184.25,58414500,0"));
        CsvFiles.write(dir.resolve("s/msft.us.txt"), "Date,Open,High,Low,Close,Volume",
                List.of("2024-01-02,373.86,375.9,366.77,370.87,25258600"));
        Market m = new CsvBarSource(new CsvSpec(dir.resolve("s"), null, null, true)).load();
        assertThat(m.symbols()).extracting(SymbolInfo::symbol).containsExactly("AAPL", "MSFT");
        assertThat(m.bars().low()).containsExactly(183.885, 183.43, 366.77);
        assertThat(m.bars().date(1)).isEqualTo(LocalDate.of(2024, 1, 3));
    }

    @Test
    void singleStooqLongFileTakesSymbolsFromItsTickerColumn() {
        Path p = CsvFiles.write(dir.resolve("all.txt"), "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>",
                List.of("AAPL.US,D,20240102,000000,187.15,188.44,183.885,185.64,82488700,0",
                        "MSFT.US,D,20240102,000000,373.86,375.9,366.77,370.87,25258600,0"));
        Market m = new CsvBarSource(CsvSpec.of(p)).load();
        assertThat(m.symbols()).extracting(SymbolInfo::symbol).containsExactly("AAPL", "MSFT");
    }

    @Test
    void longFileInsideADirectoryKeepsItsSymbols() {
        CsvFiles.write(dir.resolve("l/us.csv"), CsvFiles.LONG_HEADER, CsvFiles.rows("AAA", 2));
        CsvFiles.write(dir.resolve("l/zzz.csv"), YAHOO, List.of("2024-01-02,1,2,0.5,1.5,1.5,100"));
        Market m = new CsvBarSource(CsvSpec.of(dir.resolve("l"))).load();
        assertThat(m.symbols()).extracting(SymbolInfo::symbol).containsExactly("AAA", "ZZZ");
    }

    @Test
    void singlePerSymbolFileIsNamedAfterTheFile() {
        Path p = CsvFiles.write(dir.resolve("brk.b.csv"), YAHOO, List.of("2024-01-02,362,364.5,360.1,362.6,362.6,3311000"));
        Market m = new CsvBarSource(CsvSpec.of(p)).load();
        assertThat(m.symbols()).extracting(SymbolInfo::symbol).containsExactly("BRK.B");
    }

    @Test
    void sameSymbolInTwoFilesIsMergedWithAWarning() {
        CsvFiles.write(dir.resolve("m/AAPL.csv"), YAHOO, List.of(
                "2024-01-02,187.15,188.44,183.89,185.64,184.94,82488700",
                "2024-01-03,184.22,185.88,183.43,184.25,183.55,58414500"));
        CsvFiles.write(dir.resolve("m/aapl.us.txt"), "Date,Open,High,Low,Close,Volume", List.of(
                "2024-01-03,184.22,185.88,183.43,184.25,58414500",
                "2024-01-04,182.15,183.09,180.88,181.91,71983600"));
        CsvBarSource src = new CsvBarSource(CsvSpec.of(dir.resolve("m")));
        Market m = src.load();
        assertThat(m.size()).isEqualTo(1);
        assertThat(m.bars().close()).containsExactly(185.64, 184.25, 181.91);
        assertThat(src.warnings()).containsExactly(
                "AAPL: 1 identical duplicate row(s) dropped (first: 2024-01-03 at AAPL.csv:3 and aapl.us.txt:2)",
                "AAPL: rows merged from AAPL.csv and aapl.us.txt");
    }

    @Test
    void resultDoesNotDependOnThreadsOrBlockSize() {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            lines.addAll(CsvFiles.rows("S" + s, 40 + s));
        }
        lines.set(100, lines.get(100).replaceFirst(",(\\d+)$", ",-$1"));   // one bad row: negative volume
        lines.add(lines.get(5));                                  // S0 resumes: regrouped, duplicate
        Path p = CsvFiles.write(dir.resolve("many.csv.gz"), CsvFiles.LONG_HEADER, lines);
        CsvBarSource reference = new CsvBarSource(CsvSpec.of(p), 1, 1 << 22);
        Market a = reference.load();
        assertThat(a.loadSkipped()).hasSize(1);
        for (int[] cfg : new int[][] {{1, 64}, {2, 100}, {3, 1000}, {2, 1 << 22}}) {
            CsvBarSource src = new CsvBarSource(CsvSpec.of(p), cfg[0], cfg[1]);
            Market b = src.load();
            assertThat(b.dataVersion()).isEqualTo(a.dataVersion());
            assertThat(b.symbols()).isEqualTo(a.symbols());
            assertThat(b.loadSkipped()).isEqualTo(a.loadSkipped());
            assertThat(b.bars().close()).isEqualTo(a.bars().close());
            assertThat(b.bars().day()).isEqualTo(a.bars().day());
            assertThat(src.warnings()).isEqualTo(reference.warnings());
        }
    }

    @Test
    void dataVersionFollowsTheContent() {
        Path p = CsvFiles.write(dir.resolve("a.csv"), CsvFiles.LONG_HEADER, CsvFiles.rows("AAA", 10));
        String v1 = new CsvBarSource(CsvSpec.of(p)).load().dataVersion();
        assertThat(new CsvBarSource(CsvSpec.of(p)).load().dataVersion()).isEqualTo(v1);
        List<String> changed = CsvFiles.rows("AAA", 10);
        changed.set(9, changed.get(9).replace(",1009", ",1010"));
        CsvFiles.write(p, CsvFiles.LONG_HEADER, changed);
        assertThat(new CsvBarSource(CsvSpec.of(p)).load().dataVersion()).isNotEqualTo(v1);
    }

    @Test
    void symbolsAreUpperCasedAndLowerCaseRowsJoinThem() {
        List<String> lines = new ArrayList<>(CsvFiles.rows("aaa", 2));
        Path p = CsvFiles.write(dir.resolve("lc.csv"), CsvFiles.LONG_HEADER, lines);
        assertThat(new CsvBarSource(CsvSpec.of(p)).load().symbols()).extracting(SymbolInfo::symbol)
                .containsExactly("AAA");
    }

    @Test
    void qualityIsUnavailableBeforeTheFirstLoad() {
        CsvBarSource src = new CsvBarSource(CsvSpec.of(dir));
        assertThat(src.warnings()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(src::quality).isInstanceOf(IllegalStateException.class);
    }
}
