package io.technic.scanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.analytics.ScanAnalytics;
import io.technic.scanner.api.BarSources;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxResultWriterTest {

    private static ScanResult result;

    @BeforeAll
    static void scan() {
        Market m = BarSources.parse("sim:symbols=200,bars=300").load();
        try (Scanner s = new Scanner(src -> m, new TechnicalFeatures(), new TechRating(), new Merit())) {
            result = s.submit(ScanRequest.of("sim").withTopN(25), m, null).result().join();
        }
    }

    @Test
    void rankedSheetReadsBackWithTheCsvColumnsAndExactNumbers(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("scan.xlsx");
        ResultWriters.writeFile(ResultFormat.XLSX, result, ScanAnalytics.NONE, f);
        try (ReadableWorkbook wb = new ReadableWorkbook(f.toFile())) {
            List<Row> rows = wb.findSheet("Ranked").orElseThrow().read();
            assertThat(rows).hasSize(1 + 25);
            Row head = rows.getFirst();
            assertThat(head.getCellText(0)).isEqualTo("rank");
            assertThat(head.getCellText(1)).isEqualTo("symbol");
            assertThat(head.getCellText(5)).isEqualTo("merit");
            var first = result.rows().getFirst();
            assertThat(rows.get(1).getCellText(1)).isEqualTo(first.symbol());
            assertThat(rows.get(1).getCellAsNumber(0).orElseThrow().intValue()).isEqualTo(1);
            assertThat(rows.get(1).getCellAsNumber(5).orElseThrow().doubleValue()).isEqualTo(first.scores().get("merit"));
            assertThat(rows.get(25).getCellText(1)).isEqualTo(result.rows().get(24).symbol());

            List<Row> excluded = wb.findSheet("Excluded").orElseThrow().read();
            assertThat(excluded).hasSize(1 + result.filtered().size() + result.skipped().size());
            assertThat(excluded.get(1).getCellText(1)).isIn("filtered", "skipped");
            assertThat(excluded.get(1).getCellText(3)).isNotBlank();

            List<Row> scan = wb.findSheet("Scan").orElseThrow().read();
            assertThat(scan.get(4).getCellText(0)).isEqualTo("universe");
            assertThat(scan.get(4).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(result.accounting().universe());
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(f); // no temporary file left behind
        }
    }

    @Test
    void xlsxRefusesATextWriterByName() {
        var w = new java.io.StringWriter();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultWriters.write(ResultFormat.XLSX, result, w))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xlsx");
    }

    @Test
    void parsesXlsxAndNamesItInTheError() {
        assertThat(ResultFormat.parse("XLSX")).isEqualTo(ResultFormat.XLSX);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultFormat.parse("ods")).hasMessageContaining("xlsx");
    }
}
