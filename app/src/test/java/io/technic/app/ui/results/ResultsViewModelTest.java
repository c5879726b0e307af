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
        assertThat(ids).contains("close", "atrPct", "rsi14");
        boolean engineHasAlpha = r.rows().getFirst().scores().containsKey("alpha");
        assertThat(ids.contains("alpha")).isEqualTo(engineHasAlpha);

        // a score the engine adds (here a made-up one) becomes a banded column without code changes
        ScanRow b = r.rows().getFirst();
        Map<String, Double> scores = new LinkedHashMap<>(b.scores());
        scores.put("alpha", 71.0);
        scores.put("novelty", 42.0);
        ScanRow withAlpha = new ScanRow(1, b.info(), b.score(), scores, b.factors(), b.contributions(), b.features(), b.schema());
        vm.show(new ScanResult(r.request(), r.asOf(), r.source(), r.dataVersion(), r.schema(), List.of(withAlpha),
                List.of(), List.of(), r.regime(), new io.technic.scanner.model.Accounting(1, 1, 0, 0), r.metrics()));
        List<String> withIt = vm.columns().stream().map(ResultColumn::id).toList();
        assertThat(withIt.indexOf("alpha")).as("alpha right after RS").isEqualTo(withIt.indexOf("rsRank") + 1);
        assertThat(vm.column("alpha").orElseThrow().kind()).isEqualTo(ResultColumn.Kind.SCORE);
        assertThat(vm.column("novelty").orElseThrow().kind()).isEqualTo(ResultColumn.Kind.SCORE);
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
        vm.sortBy(List.of(new ResultsViewModel.SortKey("symbol", true)));
        var rows = vm.rows();
        ScanResult v = vm.visibleResult();
        assertThat(v.top()).extracting(ScanRow::symbol).isSorted().hasSize(rows.size());
        assertThat(v.top()).allSatisfy(x -> assertThat(x.info().sector()).isEqualTo("Energy"));
        assertThat(v.accounting()).isEqualTo(r.accounting());
        assertThat(v.top().getFirst().rank()).isGreaterThan(0);
    }

    @Test
    void sortsByKeysWithMissingValuesLastAndKeepsTheSelection() {
        vm.show(r);
        ScanRow picked = r.rows().get(7);
        vm.select(picked);
        vm.sortBy(List.of(new ResultsViewModel.SortKey("rsi14", false)));
        assertThat(vm.rows()).extracting(x -> x.feature("rsi14")).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(vm.selectedProperty().get()).isSameAs(picked);
        vm.sortBy(List.of(new ResultsViewModel.SortKey("sector", true), new ResultsViewModel.SortKey("merit", false)));
        for (int i = 1; i < vm.rows().size(); i++) {
            ScanRow a = vm.rows().get(i - 1);
            ScanRow b = vm.rows().get(i);
            int bySector = a.info().sector().compareToIgnoreCase(b.info().sector());
            assertThat(bySector).isLessThanOrEqualTo(0);
            if (bySector == 0) {
                assertThat(a.score()).isGreaterThanOrEqualTo(b.score());
            }
        }
        vm.sortBy(List.of());
        assertThat(vm.rows()).extracting(ScanRow::rank).isSorted();

        ResultColumn gappy = ResultColumn.number("g", "G", 0, x -> x.rank() % 3 == 0 ? Double.NaN : x.rank());
        for (boolean asc : new boolean[] {true, false}) {
            List<ScanRow> sorted = RowSorter.sort(r.rows(), List.of(new RowSorter.Key(gappy, asc)));
            int firstNaN = (int) sorted.stream().filter(x -> x.rank() % 3 != 0).count();
            assertThat(sorted.subList(firstNaN, sorted.size())).allSatisfy(x -> assertThat(x.rank() % 3).isZero());
        }
        assertThatThrownBy(() -> vm.sortBy(List.of(new ResultsViewModel.SortKey("nope", true)))).hasMessageContaining("'nope'");
    }

    @Test
    void sevenThousandRowsSortInMilliseconds() {
        vm.show(TestScans.large(7_000));
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            long t0 = System.nanoTime();
            vm.sortBy(List.of(new ResultsViewModel.SortKey(i % 2 == 0 ? "techRating" : "symbol", i % 3 == 0)));
            best = Math.min(best, System.nanoTime() - t0);
        }
        assertThat(vm.rows()).hasSize(7_000);
        System.out.printf(java.util.Locale.ROOT, "[bench] view model: 7,000 rows filtered and sorted in %.1f ms (best of 6)%n", best / 1e6);
    }

    @Test
    void exportingBeforeAnyScanSaysSo() {
        assertThatThrownBy(vm::visibleResult).isInstanceOf(IllegalStateException.class).hasMessageContaining("run a scan");
    }
}
