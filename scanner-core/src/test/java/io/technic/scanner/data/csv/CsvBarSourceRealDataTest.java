package io.technic.scanner.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import io.technic.scanner.testdata.RealData;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The whole shared data set loads strictly and matches its README. */
class CsvBarSourceRealDataTest {

    @Test
    void sharedDataSetLoadsCompletely() {
        if (!RealData.isFullDataSet()) {
            System.out.println("[real-data] ../shared/data absent: sharedDataSetLoadsCompletely did not run");
        }
        Assumptions.assumeTrue(RealData.isFullDataSet(), "../shared/data absent");
        Path d = RealData.sharedDir().orElseThrow();
        CsvBarSource src = new CsvBarSource(new CsvSpec(d.resolve("us-daily-ohlcv.csv.gz"),
                d.resolve("us-index-daily.csv.gz"), d.resolve("us-constituents.csv"), true));
        long t0 = System.nanoTime();
        Market m = src.load();
        System.out.printf("[real-data] CsvBarSource loaded %d bars of %d symbols + index in %.0f ms%n",
                m.bars().barCount(), m.size(), (System.nanoTime() - t0) / 1e6);

        assertThat(m.size()).isEqualTo(501);
        BarColumns b = m.bars();
        assertThat(b.barCount()).isEqualTo(1_251_900);
        assertThat(m.loadSkipped()).isEmpty();
        assertThat(src.warnings()).isEmpty();
        assertThat(src.quality().zeroVolumeBars()).isEqualTo(49);
        assertThat(m.index().barCount()).isEqualTo(5_080);
        assertThat(m.symbols().stream().map(SymbolInfo::sector).distinct()).hasSize(11);
        assertThat(m.symbols().stream().filter(s -> s.sector().equals(SymbolInfo.UNKNOWN))).isEmpty();
        assertThat(m.symbols().get(m.indexOf("FFIV")).name()).isEqualTo("F5, Inc.");
        assertThat(m.symbols().get(m.indexOf("NVR")).name()).isEqualTo("NVR, Inc.");
        assertThat(b.length(m.indexOf("VLTO"))).isEqualTo(108);
        assertThat(m.lastDate()).isEqualTo(LocalDate.of(2024, 3, 8));

        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (int i = 0; i < b.barCount(); i++) {
            lowest = Math.min(lowest, b.close()[i]);
            highest = Math.max(highest, b.close()[i]);
        }
        assertThat(lowest).isEqualTo(0.70);
        assertThat(highest).isEqualTo(7_709.27);
    }
}
