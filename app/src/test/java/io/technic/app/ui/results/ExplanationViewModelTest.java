package io.technic.app.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.ui.TestScans;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import org.junit.jupiter.api.Test;

class ExplanationViewModelTest {

    private final ExplanationViewModel vm = new ExplanationViewModel();
    private final ScanResult r = TestScans.small();

    @Test
    void explainsTheRowsMeritTermByTerm() {
        ScanRow row = r.rows().get(2);
        vm.show(row, r);
        assertThat(vm.symbolProperty().get()).isEqualTo(row.symbol());
        assertThat(vm.titleProperty().get()).startsWith(row.symbol()).contains(row.info().name());
        assertThat(vm.subtitleProperty().get()).contains("rank 3 of " + r.accounting().ranked());
        assertThat(vm.terms()).hasSameSizeAs(row.contributions()).isNotEmpty();
        double sum = vm.terms().stream().mapToDouble(ExplanationViewModel.Term::points).sum();
        assertThat(sum).as("the terms add up to MERIT").isCloseTo(row.score(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(vm.terms()).extracting(ExplanationViewModel.Term::share).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0)).contains(1.0);
        assertThat(vm.terms()).extracting(ExplanationViewModel.Term::label).contains("TechRating");
        assertThat(vm.scores()).extracting(ExplanationViewModel.Item::name).containsExactlyElementsOf(row.scores().keySet());
        assertThat(vm.factors()).hasSize(row.factors().size());
        assertThat(vm.asText()).contains("MERIT").contains("TechRating");
    }

    @Test
    void noSelectionClearsThePanel() {
        vm.show(r.rows().getFirst(), r);
        vm.show(null, r);
        assertThat(vm.symbolProperty().get()).isEmpty();
        assertThat(vm.terms()).isEmpty();
        assertThat(vm.titleProperty().get()).contains("Select a row");
    }
}
