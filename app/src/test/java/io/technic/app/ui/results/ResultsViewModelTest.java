package io.technic.app.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.app.ui.TestScans;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {

    private final ResultsViewModel vm = new ResultsViewModel();
    private final ScanResult r = TestScans.small();

    @Test
    void showsEveryRankedRowBestFirstAndEveryExcludedSymbolWithItsReason() {
        vm.show(new ScanResult(r.request().withTopN(10), r.asOf(), r.source(), r.dataVersion(), r.schema(), r.rows(),
                r.filtered(), r.skipped(), r.regime(), r.accounting(), r.metrics()));
        assertThat(vm.rows()).hasSize(r.accounting().ranked());
        assertThat(vm.rows().getFirst().rank()).isEqualTo(1);
        assertThat(vm.excluded()).hasSize(r.accounting().filtered() + r.accounting().skipped());
        assertThat(vm.excluded()).allSatisfy(e -> {
            assertThat(e.state()).isIn("filtered", "skipped");
            assertThat(e.reason()).isNotBlank();
        });
        assertThat(vm.summaryProperty().get()).contains(r.accounting().ranked() + " ranked").contains("regime");
    }

    @Test
    void columnsFollowTheScoresTheEngineProduced() {
        vm.show(r);
        List<String> ids = vm.columns().stream().map(ResultColumn::id).toList();
        assertThat(ids).startsWith("rank", "symbol", "name", "sector", "merit", "techRating", "quality", "ics", "rsRank");
        assertThat(ids).contains("close", "atrPct", "rsi14").doesNotContain("alpha");

        ScanRow b = r.rows().getFirst();
        Map<String, Double> scores = new LinkedHashMap<>(b.scores());
        scores.put("alpha", 71.0);
        ScanRow withAlpha = new ScanRow(1, b.info(), b.score(), scores, b.factors(), b.contributions(), b.features(), b.schema());
        vm.show(new ScanResult(r.request(), r.asOf(), r.source(), r.dataVersion(), r.schema(), List.of(withAlpha),
                List.of(), List.of(), r.regime(), new io.technic.scanner.model.Accounting(1, 1, 0, 0), r.metrics()));
        List<String> withIt = vm.columns().stream().map(ResultColumn::id).toList();
        assertThat(withIt.indexOf("alpha")).isEqualTo(withIt.indexOf("rsRank") + 1);
        assertThat(vm.column("alpha").orElseThrow().kind()).isEqualTo(ResultColumn.Kind.SCORE);
    }

    @Test
    void quickSearchMatchesSymbolNameOrSector() {
        vm.show(r);
        String sym = r.rows().get(3).symbol();
        vm.searchProperty().set(sym.toLowerCase());
        assertThat(vm.rows()).extracting(ScanRow::symbol).contains(sym)
                .allSatisfy(s -> assertThat(s.toLowerCase()).contains(sym.toLowerCase()));
        vm.searchProperty().set("energy");
        assertThat(vm.rows()).isNotEmpty().allSatisfy(x -> assertThat(x.info().sector()).isEqualTo("Energy"));
        assertThat(vm.summaryProperty().get()).contains("showing");
    }

    @Test
    void columnFiltersCombineAndReplacePerColumn() {
        vm.show(r);
        vm.addFilter("merit", ">=50");
        assertThat(vm.rows()).isNotEmpty().allSatisfy(x -> assertThat(x.scores().get("merit")).isGreaterThanOrEqualTo(50));
        vm.addFilter("rsi14", "40..70");
        assertThat(vm.rows()).allSatisfy(x -> assertThat(x.feature("rsi14")).isBetween(40.0, 70.0));
        int both = vm.rows().size();
        vm.addFilter("merit", ">=0");
        assertThat(vm.filters()).hasSize(2);
        assertThat(vm.rows().size()).isGreaterThanOrEqualTo(both);
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(r.rows().size());
    }

    @Test
    void unreadableFiltersAreRejectedByName() {
        vm.show(r);
        assertThatThrownBy(() -> vm.addFilter("merit", ">>7")).hasMessageContaining("MERIT").hasMessageContaining(">>7");
        assertThatThrownBy(() -> vm.addFilter("nope", ">1")).hasMessageContaining("'nope'");
        assertThat(vm.filters()).isEmpty();
    }

    @Test
    void visibleResultIsTheTableInItsOrderWithRanksKept() {
        vm.show(r);
        vm.addFilter("sector", "=Energy");
        vm.rows().comparatorProperty().unbind();
        // what binding the table's comparator does when the trader sorts by symbol
        javafx.collections.transformation.SortedList<ScanRow> rows = vm.rows();
        rows.setComparator(Comparator.comparing(ScanRow::symbol));
        ScanResult v = vm.visibleResult();
        assertThat(v.top()).extracting(ScanRow::symbol).isSorted().hasSize(rows.size());
        assertThat(v.top()).allSatisfy(x -> assertThat(x.info().sector()).isEqualTo("Energy"));
        assertThat(v.accounting()).isEqualTo(r.accounting());
        assertThat(v.top().getFirst().rank()).isGreaterThan(0);
    }

    @Test
    void exportingBeforeAnyScanSaysSo() {
        assertThatThrownBy(vm::visibleResult).isInstanceOf(IllegalStateException.class).hasMessageContaining("run a scan");
    }
}
