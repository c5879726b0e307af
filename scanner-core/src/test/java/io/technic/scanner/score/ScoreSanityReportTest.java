package io.technic.scanner.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.testdata.RealData;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A sanity report on the real data: the regime, the sector mix of the top 50 and the
 * correlations between sub-scores at dates in different market regimes. Printed for people;
 * asserted only where a broken score would show (NaN, a one-sector top 50, identical scores).
 */
class ScoreSanityReportTest {

    private static final List<String> SUB = List.of(Merit.MERIT, TechRating.TECH_RATING, Merit.QUALITY, Merit.ICS,
            Merit.RS_RANK, Merit.RISK);

    @Test
    void topFiftyAndSubScoreCorrelationsAreSaneAcrossRegimes() {
        Market m = RealData.market();
        LocalDate[] dates = RealData.isFullDataSet()
                ? new LocalDate[] {LocalDate.of(2018, 12, 24), LocalDate.of(2020, 3, 20), LocalDate.of(2021, 6, 30),
                    LocalDate.of(2022, 10, 14), LocalDate.of(2024, 3, 8)}
                : new LocalDate[] {LocalDate.of(2024, 3, 8)};
        StringBuilder report = new StringBuilder("[score-sanity] real data, " + m.size() + " symbols\n");
        try (Scanner s = new Scanner(src -> m, new TechnicalFeatures(), new TechRating(), new Merit())) {
            for (LocalDate d : dates) {
                ScanResult r = s.submit(ScanRequest.of("real").withFilter(UniverseFilter.none()).withAsOf(d), m, null)
                        .result().join();
                List<ScanRow> top = r.rows().subList(0, Math.min(50, r.rows().size()));
                Map<String, Integer> sectors = new TreeMap<>();
                top.forEach(x -> sectors.merge(x.info().sector(), 1, Integer::sum));
                report.append(String.format(Locale.ROOT, "%s %s, %d ranked; top-50 sectors %s%n", d,
                        r.regime().name(), r.rows().size(), sectors));
                report.append(correlations(r.rows()));
                if (RealData.isFullDataSet()) {
                    assertThat(sectors.size()).as("sectors in the top 50 on " + d).isGreaterThanOrEqualTo(3);
                }
                for (ScanRow row : r.rows()) {
                    SUB.forEach(k -> assertThat(row.scores().get(k)).as(row.symbol() + " " + k + " on " + d).isFinite());
                }
            }
        }
        System.out.print(report);
    }

    private static String correlations(List<ScanRow> rows) {
        StringBuilder sb = new StringBuilder("  corr   ");
        SUB.forEach(k -> sb.append(String.format(Locale.ROOT, " %10s", k)));
        sb.append('\n');
        for (String a : SUB) {
            sb.append(String.format(Locale.ROOT, "  %-7s", a.length() > 7 ? a.substring(0, 7) : a));
            for (String b : SUB) {
                double c = pearson(rows, a, b);
                if (!a.equals(b)) {
                    assertThat(Math.abs(c)).as(a + " vs " + b + " are not the same score").isLessThan(0.999);
                }
                sb.append(String.format(Locale.ROOT, " %10.2f", c));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static double pearson(List<ScanRow> rows, String a, String b) {
        int n = rows.size();
        double sa = 0;
        double sb = 0;
        for (ScanRow r : rows) {
            sa += r.scores().get(a);
            sb += r.scores().get(b);
        }
        double ma = sa / n;
        double mb = sb / n;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (ScanRow r : rows) {
            double x = r.scores().get(a) - ma;
            double y = r.scores().get(b) - mb;
            cov += x * y;
            va += x * x;
            vb += y * y;
        }
        return cov / Math.sqrt(va * vb);
    }
}
