package io.technic.scanner.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.data.DataException;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SkipReason;
import io.technic.scanner.model.SkippedSymbol;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row of the bad-data table in {@link CsvBarSource}: in lenient mode the offending symbol
 * is skipped with a detail naming field and file:line while its neighbours load; in strict mode
 * the same message fails the load. Repairs are warnings in both modes.
 */
class CsvBadDataTest {

    @TempDir
    Path dir;

    /** Lines 2-6 are GOOD, BAD starts on line 7. */
    private Path withBad(String... badLines) {
        List<String> lines = new ArrayList<>(CsvFiles.rows("BAD", 3));
        lines.addAll(List.of(badLines));
        return CsvFiles.longWith(dir, "us.csv", lines);
    }

    private static Market lenient(Path p) {
        return new CsvBarSource(CsvSpec.of(p)).load();
    }

    private static void assertSkipped(Path p, String detail) {
        Market m = lenient(p);
        assertThat(m.loadSkipped()).containsExactly(new SkippedSymbol("BAD", SkipReason.BAD_DATA, detail));
        assertThat(m.symbols()).extracting(s -> s.symbol()).containsExactly("GOOD", "LAST");
        assertThat(m.bars().length(0)).isEqualTo(5);
        assertThat(m.bars().length(1)).isEqualTo(3);
        assertThatThrownBy(() -> new CsvBarSource(new CsvSpec(p, null, null, true)).load())
                .isInstanceOf(DataException.class).hasMessage(detail);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            too few fields    | BAD,2024-01-08,1,2,0.5,1.5              | line has 6 fields, expected 7 at us.csv:10
            too many fields   | BAD,2024-01-08,1,2,0.5,1.5,10,9         | line has 8 fields, expected 7 at us.csv:10
            bad number        | BAD,2024-01-08,1,2,0.5,abc,10           | close 'abc' is not a number at us.csv:10
            hex is no number  | BAD,2024-01-08,1,2,0.5,0x1p3,10         | close '0x1p3' is not a number at us.csv:10
            bad month         | BAD,2024-13-01,1,2,0.5,1.5,10           | date '2024-13-01' is not a date (yyyy-MM-dd or yyyyMMdd) at us.csv:10
            no such day       | BAD,2024-02-30,1,2,0.5,1.5,10           | date '2024-02-30' is not a date (yyyy-MM-dd or yyyyMMdd) at us.csv:10
            US date           | BAD,01/08/2024,1,2,0.5,1.5,10           | date '01/08/2024' is not a date (yyyy-MM-dd or yyyyMMdd) at us.csv:10
            negative close    | BAD,2024-01-08,1,2,0.5,-3.1,10          | close '-3.1' is not positive at us.csv:10
            zero open         | BAD,2024-01-08,0,2,0.5,1.5,10           | open '0' is not positive at us.csv:10
            NaN high          | BAD,2024-01-08,1,NaN,0.5,1.5,10         | high 'NaN' is not finite at us.csv:10
            infinite low      | BAD,2024-01-08,1,2,-Infinity,1.5,10     | low '-Infinity' is not finite at us.csv:10
            high below low    | BAD,2024-01-08,1.5,1,2,1.5,10           | high '1' is below low '2' at us.csv:10
            negative volume   | BAD,2024-01-08,1,2,0.5,1.5,-5           | volume '-5' is negative at us.csv:10
            NaN volume        | BAD,2024-01-08,1,2,0.5,1.5,NaN          | volume 'NaN' is not finite at us.csv:10
            partly missing    | BAD,2024-01-08,1,2,0.5,1.5,null         | volume 'null' is missing at us.csv:10
            """)
    void rowProblemSkipsTheSymbolNamingFieldAndLine(String what, String line, String detail) {
        assertSkipped(withBad(line), detail);
    }

    @Test
    void conflictingDuplicateDateSkipsTheSymbolNamingBothLines() {
        assertSkipped(withBad("BAD,2024-01-04,1,2,0.5,1.5,10"),
                "duplicate date 2024-01-04 with different values at us.csv:9 and us.csv:10");
    }

    @Test
    void firstProblemInFileOrderIsTheOneReported() {
        Path p = withBad("BAD,2024-01-08,1,2,0.5,-1,10", "BAD,2024-01-09,x,2,0.5,1,10");
        assertSkipped(p, "close '-1' is not positive at us.csv:10");
    }

    @Test
    void strictModeThrowsTheEarliestProblemAcrossSymbols() {
        List<String> lines = new ArrayList<>(CsvFiles.rows("AAA", 2));
        lines.add("AAA,2024-01-04,1,2,0.5,1,-1");
        lines.add("BBB,2024-01-02,1,2,0.5,bad,10");
        Path p = CsvFiles.write(dir.resolve("two.csv"), CsvFiles.LONG_HEADER, lines);
        assertThat(lenient(p).loadSkipped()).extracting(SkippedSymbol::symbol).containsExactly("AAA", "BBB");
        assertThatThrownBy(() -> new CsvBarSource(new CsvSpec(p, null, null, true)).load())
                .hasMessage("volume '-1' is negative at two.csv:4");
    }

    @Test
    void barNotContainingOpenAndCloseIsWidenedWithAWarningInBothModes() {
        // the DOC row of 2021-05-05 before the shared data's cleaning: O 33.89 H 33.60 L 32.89 C 33.09
        Path p = withBad("BAD,2024-01-08,33.89,33.60,32.89,33.09,100", "BAD,2024-01-09,195.98,198.64,196.21,198.13,100");
        for (boolean strict : new boolean[] {false, true}) {
            CsvBarSource src = new CsvBarSource(new CsvSpec(p, null, null, strict));
            Market m = src.load();
            assertThat(m.loadSkipped()).isEmpty();
            BarColumns b = m.bars();
            int bad = m.indexOf("BAD");
            int i = b.end(bad) - 2;
            assertThat(b.high()[i]).isEqualTo(33.89);
            assertThat(b.low()[i]).isEqualTo(32.89);
            assertThat(b.low()[i + 1]).isEqualTo(195.98);
            assertThat(b.high()[i + 1]).isEqualTo(198.64);
            assertThat(src.quality().repairedBars()).isEqualTo(2);
            assertThat(src.warnings()).containsExactly("BAD: 2 bar(s) widened so high/low contain open and close "
                    + "(first: high '33.60' is below open '33.89' at us.csv:10)");
        }
    }

    @Test
    void unsortedDatesAreSortedWithAWarning() {
        Path p = withBad("BAD,2024-01-09,1,2,0.5,1.9,10", "BAD,2024-01-08,1,2,0.5,1.8,10");
        CsvBarSource src = new CsvBarSource(new CsvSpec(p, null, null, true));
        Market m = src.load();
        BarColumns b = m.bars();
        int s = m.indexOf("BAD");
        assertThat(b.length(s)).isEqualTo(5);
        for (int i = b.start(s) + 1; i < b.end(s); i++) {
            assertThat(b.day()[i]).isGreaterThan(b.day()[i - 1]);
        }
        assertThat(b.close()[b.end(s) - 1]).isEqualTo(1.9);
        assertThat(src.quality().sortedSymbols()).isEqualTo(1);
        assertThat(src.warnings()).containsExactly("BAD: dates not in ascending order (first: 2024-01-08 at us.csv:11 "
                + "after 2024-01-09 at us.csv:10); sorted");
    }

    @Test
    void identicalDuplicateRowIsDroppedWithAWarning() {
        Path p = withBad("BAD,2024-01-04,101.5,103.0,101.0,102.0,1002");
        CsvBarSource src = new CsvBarSource(new CsvSpec(p, null, null, true));
        Market m = src.load();
        assertThat(m.bars().length(m.indexOf("BAD"))).isEqualTo(3);
        assertThat(src.quality().duplicateRowsDropped()).isEqualTo(1);
        assertThat(src.warnings()).containsExactly(
                "BAD: 1 identical duplicate row(s) dropped (first: 2024-01-04 at us.csv:9 and us.csv:10)");
    }

    @Test
    void weekendRowsAreDroppedWithAWarning() {
        Path p = withBad("BAD,2024-01-06,1,2,0.5,1.5,10", "BAD,2024-01-07,1,2,0.5,1.5,10", "BAD,2024-01-08,1,2,0.5,1.5,10");
        CsvBarSource src = new CsvBarSource(CsvSpec.of(p));
        Market m = src.load();
        BarColumns b = m.bars();
        int s = m.indexOf("BAD");
        assertThat(b.length(s)).isEqualTo(4);
        assertThat(b.date(b.end(s) - 1)).hasToString("2024-01-08");
        assertThat(src.quality().weekendRowsDropped()).isEqualTo(2);
        assertThat(src.warnings()).containsExactly("BAD: 2 weekend row(s) dropped (first: 2024-01-06 (SATURDAY) at us.csv:10)");
    }

    @Test
    void calendarGapsAreKeptAndLongOnesReported() {
        Path p = withBad("BAD,2024-01-08,1,2,0.5,1.5,10", "BAD,2024-02-12,1,2,0.5,1.5,10");
        CsvBarSource src = new CsvBarSource(CsvSpec.of(p));
        Market m = src.load();
        assertThat(m.bars().length(m.indexOf("BAD"))).isEqualTo(5);
        assertThat(src.quality().longGaps()).isEqualTo(1);
        assertThat(src.warnings()).containsExactly("BAD: 1 calendar gap(s) longer than 10 days kept "
                + "(longest: 35 days, 2024-01-08 to 2024-02-12 at us.csv:11)");
    }

    @Test
    void zeroVolumeIsKeptAndCounted() {
        Path p = withBad("BAD,2024-01-08,1,1,1,1,0");
        CsvBarSource src = new CsvBarSource(new CsvSpec(p, null, null, true));
        Market m = src.load();
        BarColumns b = m.bars();
        assertThat(b.volume()[b.end(m.indexOf("BAD")) - 1]).isZero();
        assertThat(src.quality().zeroVolumeBars()).isEqualTo(1);
        assertThat(src.warnings()).isEmpty();
    }

    @Test
    void rowWithoutAnyValuesIsDroppedWithAWarning() {
        Path p = withBad("BAD,2024-01-08,null,null,null,null,null", "BAD,2024-01-09,,,,,");
        CsvBarSource src = new CsvBarSource(new CsvSpec(p, null, null, true));
        Market m = src.load();
        assertThat(m.bars().length(m.indexOf("BAD"))).isEqualTo(3);
        assertThat(src.quality().missingRowsDropped()).isEqualTo(2);
        assertThat(src.warnings()).containsExactly("BAD: 2 row(s) without any values dropped (first at us.csv:10)");
    }

    @Test
    void lineWithoutSymbolIsAWarningWhenLenientAndAnErrorWhenStrict() {
        Path p = withBad(",2024-01-08,1,2,0.5,1.5,10");
        CsvBarSource src = new CsvBarSource(CsvSpec.of(p));
        Market m = src.load();
        assertThat(m.loadSkipped()).isEmpty();
        assertThat(m.bars().length(m.indexOf("BAD"))).isEqualTo(3);
        assertThat(src.quality().ignoredLines()).isEqualTo(1);
        assertThat(src.warnings()).containsExactly("line has an empty symbol at us.csv:10; line ignored");
        assertThatThrownBy(() -> new CsvBarSource(new CsvSpec(p, null, null, true)).load())
                .hasMessage("line has an empty symbol at us.csv:10");
    }

    @Test
    void interleavedRowsAreRegroupedWithAWarning() {
        List<String> lines = new ArrayList<>();
        List<String> a = CsvFiles.rows("AAA", 4);
        List<String> b = CsvFiles.rows("BBB", 4);
        for (int i = 0; i < 4; i++) {
            lines.add(a.get(i));
            lines.add(b.get(i));
        }
        Path p = CsvFiles.write(dir.resolve("mixed.csv"), CsvFiles.LONG_HEADER, lines);
        CsvBarSource src = new CsvBarSource(new CsvSpec(p, null, null, true));
        Market m = src.load();
        assertThat(m.symbols()).extracting(s -> s.symbol()).containsExactly("AAA", "BBB");
        assertThat(m.bars().length(0)).isEqualTo(4);
        assertThat(m.bars().close()).containsExactly(100, 101, 102, 103, 100, 101, 102, 103);
        assertThat(src.quality().regroupedFiles()).isEqualTo(1);
        assertThat(src.warnings()).containsExactly("mixed.csv: rows are not grouped by symbol (AAA resumes at line 4); regrouped");
    }

    @Test
    void emptyLongFileIsAnError() {
        Path p = CsvFiles.writeText(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> lenient(p)).isInstanceOf(DataException.class)
                .hasMessage("empty.csv is empty (no header line)");
    }

    @Test
    void longFileWithHeaderOnlyLoadsNothingWithAWarning() {
        Path p = CsvFiles.write(dir.resolve("header.csv"), CsvFiles.LONG_HEADER, List.of());
        CsvBarSource src = new CsvBarSource(new CsvSpec(p, null, null, true));
        Market m = src.load();
        assertThat(m.size()).isZero();
        assertThat(m.loadSkipped()).isEmpty();
        assertThat(src.warnings()).containsExactly("header.csv: header only, no data rows");
    }

    @Test
    void unknownHeaderIsAnErrorNamingFileAndHeader() {
        Path p = CsvFiles.write(dir.resolve("odd.csv"), "ticker,day,o,h,l,c,v", List.of("A,2024-01-02,1,1,1,1,1"));
        assertThatThrownBy(() -> lenient(p)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("odd.csv: unrecognised header 'ticker,day,o,h,l,c,v' (unknown column 'day')");
        Path q = CsvFiles.write(dir.resolve("short.csv"), "symbol,date,open,high,low,close", List.of());
        assertThatThrownBy(() -> lenient(q)).hasMessageStartingWith(
                "short.csv: unrecognised header 'symbol,date,open,high,low,close' (no 'volume' column)");
    }

    @Test
    void missingPathsAreErrorsNamingThePath() {
        Path good = CsvFiles.longWith(dir, "us.csv", List.of());
        Path nowhere = dir.resolve("nowhere.csv");
        assertThatThrownBy(() -> lenient(nowhere)).isInstanceOf(DataException.class).hasMessageContaining(nowhere.toString());
        assertThatThrownBy(() -> new CsvBarSource(new CsvSpec(good, nowhere, null, false)).load())
                .isInstanceOf(DataException.class).hasMessage("index not found: no such file or directory: " + nowhere);
        assertThatThrownBy(() -> new CsvBarSource(new CsvSpec(good, null, nowhere, false)).load())
                .isInstanceOf(DataException.class).hasMessage("metadata not found: no such file or directory: " + nowhere);
    }

    @Test
    void perSymbolFilesThatAreEmptyOrHeaderOnlyAreSkipped() {
        CsvFiles.writeText(dir.resolve("d/EMPTY.csv"), "");
        CsvFiles.write(dir.resolve("d/HDR.csv"), "Date,Open,High,Low,Close,Adj Close,Volume", List.of());
        CsvFiles.write(dir.resolve("d/OK.csv"), "Date,Open,High,Low,Close,Adj Close,Volume",
                List.of("2024-01-02,1,2,0.5,1.5,1.4,100"));
        Path d = dir.resolve("d");
        Market m = lenient(d);
        assertThat(m.symbols()).extracting(s -> s.symbol()).containsExactly("OK");
        assertThat(m.loadSkipped()).containsExactly(
                new SkippedSymbol("EMPTY", SkipReason.BAD_DATA, "EMPTY.csv is empty"),
                new SkippedSymbol("HDR", SkipReason.BAD_DATA, "no data rows after the header in HDR.csv"));
        assertThatThrownBy(() -> new CsvBarSource(new CsvSpec(d, null, null, true)).load())
                .hasMessage("EMPTY.csv is empty");
    }

    @Test
    void badIndexLeavesTheMarketWithoutIndexWhenLenient() {
        Path good = CsvFiles.longWith(dir, "us.csv", List.of());
        Path idx = CsvFiles.write(dir.resolve("spy.csv"), CsvFiles.LONG_HEADER,
                List.of("SPY,2024-01-02,1,2,0.5,1.5,10", "SPY,2024-01-03,1,2,0.5,0,10"));
        CsvBarSource src = new CsvBarSource(new CsvSpec(good, idx, null, false));
        Market m = src.load();
        assertThat(m.index()).isNull();
        assertThat(m.loadSkipped()).containsExactly(
                new SkippedSymbol("SPY", SkipReason.BAD_DATA, "close '0' is not positive at spy.csv:3"));
        assertThat(src.warnings()).contains(
                "index SPY rejected, so the market has no index: close '0' is not positive at spy.csv:3");
        assertThatThrownBy(() -> new CsvBarSource(new CsvSpec(good, idx, null, true)).load())
                .hasMessage("close '0' is not positive at spy.csv:3");
    }

    @Test
    void indexFileWithSeveralSymbolsIsAnError() {
        Path good = CsvFiles.longWith(dir, "us.csv", List.of());
        assertThatThrownBy(() -> new CsvBarSource(new CsvSpec(good, good, null, false)).load())
                .isInstanceOf(DataException.class).hasMessage("index file us.csv holds 2 symbols (GOOD, LAST); expected one");
    }

    @Test
    void badConstituentsRowIsAWarningWhenLenientAndAnErrorWhenStrict() {
        Path good = CsvFiles.longWith(dir, "us.csv", List.of());
        Path meta = CsvFiles.writeText(dir.resolve("meta.csv"),
                "symbol,name,sector,industry\nGOOD,Good Inc.,Energy\nLAST,\"Last, \"\"The\"\" Co.\",Utilities,Water\n");
        CsvBarSource src = new CsvBarSource(new CsvSpec(good, null, meta, false));
        Market m = src.load();
        assertThat(m.symbols().get(0).name()).isEqualTo("GOOD");
        assertThat(m.symbols().get(1).name()).isEqualTo("Last, \"The\" Co.");
        assertThat(src.warnings()).containsExactly("row has 3 fields, expected 4 at meta.csv:2; row ignored");
        assertThatThrownBy(() -> new CsvBarSource(new CsvSpec(good, null, meta, true)).load())
                .isInstanceOf(DataException.class).hasMessage("row has 3 fields, expected 4 at meta.csv:2");
    }

    @Test
    void unclosedQuoteInConstituentsIsReportedAtItsLine() {
        Path good = CsvFiles.longWith(dir, "us.csv", List.of());
        Path meta = CsvFiles.writeText(dir.resolve("meta.csv"),
                "symbol,name,sector,industry\nGOOD,\"Good Inc.,Energy,Oil\nLAST,Last,Utilities,Water\n");
        CsvBarSource src = new CsvBarSource(new CsvSpec(good, null, meta, false));
        src.load();
        assertThat(src.warnings()).containsExactly("quote opened here is never closed at meta.csv:2; row ignored");
    }
}
