package io.technic.app.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.technic.app.ui.TestScans;
import io.technic.scanner.export.ResultFormat;
import io.technic.scanner.model.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final ScanResult all = TestScans.small();
    // what the table shows: five rows in reverse order
    private final ScanResult shown = new ScanResult(all.request().withTopN(0), all.asOf(), all.source(), all.dataVersion(),
            all.schema(), all.rows().subList(0, 5).reversed(), all.filtered(), all.skipped(), all.regime(), all.accounting(),
            all.metrics());
    private final ExportViewModel vm = new ExportViewModel(() -> shown, Runnable::run, Runnable::run);

    @Test
    void csvHasTheShownRowsInTheShownOrder() throws Exception {
        Path f = dir.resolve("t.csv");
        assertThat(vm.export(f, ResultFormat.CSV).join()).isEqualTo(f);
        List<String> lines = Files.readAllLines(f);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("5," + all.rows().get(4).symbol() + ",");
        assertThat(lines.get(5)).startsWith("1," + all.rows().getFirst().symbol() + ",");
        assertThat(vm.statusProperty().get()).contains("Exported 5 rows as CSV");
    }

    @Test
    void jsonAndXlsxReadBack() throws Exception {
        Path j = dir.resolve("t.json");
        vm.export(j, ResultFormat.JSON).join();
        JsonNode rows = new ObjectMapper().readTree(j.toFile()).get("rows");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get("symbol").asText()).isEqualTo(all.rows().get(4).symbol());

        Path x = dir.resolve("t.xlsx");
        vm.export(x, ResultFormat.XLSX).join();
        try (ReadableWorkbook wb = new ReadableWorkbook(x.toFile())) {
            var sheet = wb.getFirstSheet().read();
            assertThat(sheet).hasSize(6);
            assertThat(sheet.get(1).getCellText(1)).isEqualTo(all.rows().get(4).symbol());
        }
    }

    @Test
    void formatComesFromTheExtension() {
        assertThat(ExportViewModel.formatFor(Path.of("a/b.CSV"))).isEqualTo(ResultFormat.CSV);
        assertThat(ExportViewModel.formatFor(Path.of("b.xlsx"))).isEqualTo(ResultFormat.XLSX);
        assertThat(ExportViewModel.formatFor(Path.of("b.json"))).isEqualTo(ResultFormat.JSON);
        assertThatThrownBy(() -> ExportViewModel.formatFor(Path.of("b.txt"))).hasMessageContaining("b.txt").hasMessageContaining(".xlsx");
    }

    @Test
    void aWriteFailureIsReportedWithThePath() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        Path impossible = blocker.resolve("sub/t.csv");
        assertThat(vm.export(impossible, ResultFormat.CSV)).isCompletedExceptionally();
        assertThat(vm.statusProperty().get()).startsWith("Export failed").contains(impossible.toString());
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void nothingToExportBeforeAScan() {
        ExportViewModel empty = new ExportViewModel(() -> {
            throw new IllegalStateException("no scan result yet: run a scan before exporting");
        }, Runnable::run, Runnable::run);
        assertThat(empty.export(dir.resolve("x.csv"), ResultFormat.CSV)).isCompletedExceptionally();
        assertThat(empty.statusProperty().get()).contains("run a scan");
    }
}
