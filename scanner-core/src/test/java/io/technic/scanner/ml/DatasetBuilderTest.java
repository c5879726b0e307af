package io.technic.scanner.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.Profile;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.TechRating;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetBuilderTest {

    @Test
    void featureRowsEqualAScanOnDataTruncatedAtTBitForBit() {
        Market m = MlFixtures.market();
        Dataset d = MlFixtures.dataset();
        // three dates spread over the data set; at each, every row must be what a scan as of t
        // computes when no bar after t exists at all (symbols' bars and the index cut at t)
        for (int g : new int[] {0, d.dates() / 2, d.dates() - 1}) {
            int t = d.dayOfGroup(g);
            Market cut = new Market(m.source(), m.dataVersion() + "-cut", m.symbols(), MlFixtures.truncate(m.bars(), t),
                    MlFixtures.truncate(m.index(), t), List.of());
            ScanResult r;
            try (Scanner s = new Scanner(src -> cut, new TechnicalFeatures(), new TechRating())) {
                r = s.submit(new ScanRequest("cut", UniverseFilter.none(), LocalDate.ofEpochDay(t),
                        MlFixtures.config().lookback(), Profile.BALANCED, 0, 2), cut, null).result().join();
            }
            Map<String, ScanRow> bySymbol = new HashMap<>();
            r.rows().forEach(row -> bySymbol.put(row.symbol(), row));
            int cols = d.schema().size();
            int compared = 0;
            for (int i = d.dateStart()[g]; i < d.dateStart()[g + 1]; i++) {
                ScanRow row = bySymbol.get(m.symbols().get(d.symbol()[i]).symbol());
                assertThat(row).as("symbol %s at %s is in the scan", d.symbol()[i], LocalDate.ofEpochDay(t)).isNotNull();
                for (int c = 0; c < cols; c++) {
                    float fromScan = (float) row.features()[c];
                    assertThat(Float.floatToIntBits(d.x()[i * cols + c]))
                            .as("%s %s on %s", row.symbol(), d.schema().names().get(c), LocalDate.ofEpochDay(t))
                            .isEqualTo(Float.floatToIntBits(fromScan));
                }
                compared++;
            }
            assertThat(compared).isGreaterThan(100);
        }
    }

    @Test
    void builderRowsAreTheEnginesDoubleRowsUnchangedByLaterBars() {
        // the double-precision rows, before the float cast: full data vs data cut at t
        Market m = MlFixtures.market();
        Dataset d = MlFixtures.dataset();
        TechnicalFeatures fe = new TechnicalFeatures();
        int lookback = MlFixtures.config().lookback();
        int g = d.dates() / 3;
        int t = d.dayOfGroup(g);
        BarColumns cut = MlFixtures.truncate(m.bars(), t);
        BarColumns cutIndex = MlFixtures.truncate(m.index(), t);
        int cols = fe.schema().size();
        double[] full = new double[cols];
        double[] trunc = new double[cols];
        var ws = fe.newWorkspace(lookback);
        for (int i = d.dateStart()[g]; i < d.dateStart()[g + 1]; i++) {
            int s = d.symbol()[i];
            int at = m.bars().lastIndexOnOrBefore(s, t);
            fe.computeRow(m.bars(), Math.max(m.bars().start(s), at - lookback + 1), at, m.index(), ws, full, 0);
            int atCut = cut.end(s) - 1;
            assertThat(cut.day()[atCut]).isEqualTo(t);
            fe.computeRow(cut, Math.max(cut.start(s), atCut - lookback + 1), atCut, cutIndex, ws, trunc, 0);
            for (int c = 0; c < cols; c++) {
                assertThat(Double.doubleToLongBits(full[c])).as("symbol %d %s", s, fe.schema().names().get(c))
                        .isEqualTo(Double.doubleToLongBits(trunc[c]));
                assertThat(Float.floatToIntBits(d.x()[i * cols + c])).isEqualTo(Float.floatToIntBits((float) full[c]));
            }
        }
    }

    @Test
    void labelIsTheForwardLogReturnInExcessOfTheIndex() {
        Market m = MlFixtures.market();
        Dataset d = MlFixtures.dataset();
        BarColumns b = m.bars();
        BarColumns idx = m.index();
        int h = MlFixtures.HORIZON;
        for (int i = 0; i < d.rows(); i += 997) {
            int s = d.symbol()[i];
            int at = b.lastIndexOnOrBefore(s, d.day()[i]);
            int k = idx.lastIndexOnOrBefore(0, d.day()[i]);
            int labelDay = idx.day()[k + h];
            int j = b.lastIndexOnOrBefore(s, labelDay);
            assertThat(b.day()[j]).isEqualTo(labelDay);
            double expected = Math.log(b.close()[j] / b.close()[at]) - Math.log(idx.close()[k + h] / idx.close()[k]);
            assertThat(d.excess()[i]).isEqualTo(expected);
        }
        // and no label reaches past the data: the last date t is h index sessions before the end
        int lastK = idx.lastIndexOnOrBefore(0, d.day()[d.rows() - 1]);
        assertThat(lastK + h).isEqualTo(idx.barCount() - 1);
    }

    @Test
    void dataSetIsIdenticalForAnyThreadCount() {
        Market m = MlFixtures.market();
        DatasetBuilder b = new DatasetBuilder(new TechnicalFeatures(), MlFixtures.config().lookback());
        LabelSpec l = new LabelSpec(10, LabelSpec.Transform.ZSCORE);
        LocalDate from = LocalDate.ofEpochDay(MlFixtures.dataset().dayOfGroup(100));
        LocalDate to = from.plusMonths(2);
        Dataset one = b.build(m, l, from, to, 3, 1);
        Dataset two = b.build(m, l, from, to, 3, 2);
        assertThat(one.rows()).isGreaterThan(1000);
        assertThat(two.x()).isEqualTo(one.x());
        assertThat(two.excess()).isEqualTo(one.excess());
        assertThat(two.symbol()).isEqualTo(one.symbol());
        assertThat(one.firstDate()).isAfterOrEqualTo(from);
        assertThat(one.lastDate()).isBeforeOrEqualTo(to);
    }

    @Test
    void crossSectionalTargetsAreRanksOrZScoresPerDate() {
        Dataset d = MlFixtures.dataset();
        float[] rank = d.target();
        for (int g = 0; g < d.dates(); g += 50) {
            float lo = Float.MAX_VALUE;
            float hi = -Float.MAX_VALUE;
            for (int i = d.dateStart()[g]; i < d.dateStart()[g + 1]; i++) {
                lo = Math.min(lo, rank[i]);
                hi = Math.max(hi, rank[i]);
            }
            assertThat(lo).isEqualTo(-0.5f);
            assertThat(hi).isEqualTo(0.5f);
        }
        Dataset z = new Dataset(d.schema(), d.x(), d.excess(), d.day(), d.symbol(), d.dateStart(),
                new LabelSpec(5, LabelSpec.Transform.ZSCORE), d.source());
        float[] zs = z.target();
        double mean = 0;
        for (int i = d.dateStart()[7]; i < d.dateStart()[8]; i++) {
            mean += zs[i];
            assertThat(Math.abs(zs[i])).isLessThanOrEqualTo(3f);
        }
        assertThat(mean / (d.dateStart()[8] - d.dateStart()[7])).isCloseTo(0, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void marketWithoutIndexIsRefusedWithAClearError() {
        Market m = MlFixtures.market();
        Market noIndex = new Market(m.source(), m.dataVersion(), m.symbols(), m.bars(), null, List.of());
        assertThatThrownBy(() -> new DatasetBuilder(new TechnicalFeatures(), 756)
                .build(noIndex, new LabelSpec(5, LabelSpec.Transform.RANK), null, null, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index");
    }
}
