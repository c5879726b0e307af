package io.technic.scanner.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.model.FilteredSymbol;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScreenTest {

    private static Market market;
    private static ScanResult result;

    @BeforeAll
    static void scan() {
        market = new SimulatedMarket(new SimulationSpec(12, 300, 400, LocalDate.of(2026, 6, 30))).load();
        try (Scanner s = new Scanner(x -> market, new TechnicalFeatures(), new TechRating(), new Merit(false))) {
            result = s.run(ScanRequest.of("sim"));
        }
    }

    @Test
    void whereKeepsExactlyTheRowsThatHoldAndAccountsForTheRest() {
        ScanResult r = Screen.compile("rsi14 < 55 and close > sma(50)", null, result).apply(result, market);
        assertThat(r.rows()).isNotEmpty().hasSizeLessThan(result.rows().size());
        for (ScanRow row : r.rows()) {
            assertThat(row.feature("rsi14")).isLessThan(55);
            assertThat(row.feature("close")).isGreaterThan(row.feature("sma50"));
        }
        List<FilteredSymbol> byWhere = r.filtered().stream().filter(f -> f.filter().equals(Screen.WHERE)).toList();
        assertThat(byWhere).hasSize(result.rows().size() - r.rows().size())
                .allSatisfy(f -> assertThat(f.detail()).endsWith("rsi14 < 55 and close > sma(50)"));
        assertThat(r.accounting().ranked() + r.accounting().filtered() + r.accounting().skipped())
                .isEqualTo(r.accounting().universe()).isEqualTo(result.accounting().universe());
        Set<String> all = new HashSet<>();
        r.rows().forEach(x -> assertThat(all.add(x.symbol())).isTrue());
        r.filtered().forEach(x -> assertThat(all.add(x.symbol())).isTrue());
        r.skipped().forEach(x -> assertThat(all.add(x.symbol())).isTrue());
        // ranks stay 1..n in MERIT order
        for (int i = 0; i < r.rows().size(); i++) {
            assertThat(r.rows().get(i).rank()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(r.rows().get(i).score()).isLessThanOrEqualTo(r.rows().get(i - 1).score());
            }
        }
    }

    @Test
    void rankByOrdersByTheExpressionDescendingOrAscending() {
        ScanResult desc = Screen.compile(null, "ret63 desc", result).apply(result, market);
        ScanResult asc = Screen.compile(null, "ret63 ASC", result).apply(result, market);
        assertThat(desc.rows()).hasSameSizeAs(result.rows());
        for (int i = 1; i < desc.rows().size(); i++) {
            assertThat(desc.rows().get(i).feature("ret63")).isLessThanOrEqualTo(desc.rows().get(i - 1).feature("ret63"));
            assertThat(asc.rows().get(i).feature("ret63")).isGreaterThanOrEqualTo(asc.rows().get(i - 1).feature("ret63"));
            assertThat(desc.rows().get(i).rank()).isEqualTo(i + 1);
        }
    }

    @Test
    void aNonConditionWhereAndANonNumberRankAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Screen.compile("close + 1", null, result))
                .isInstanceOf(ExprException.class).hasMessageContaining("must be a condition");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Screen.compile(null, "close > 1 desc", result))
                .isInstanceOf(ExprException.class).hasMessageContaining("needs a number");
    }
}
