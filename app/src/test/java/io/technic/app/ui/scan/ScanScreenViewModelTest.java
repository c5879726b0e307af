package io.technic.app.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.app.context.Engine;
import io.technic.app.ui.TestScans;
import io.technic.app.ui.service.FakeScanService;
import io.technic.scanner.expr.Screen;
import io.technic.scanner.expr.Template;
import io.technic.scanner.expr.TemplateStore;
import io.technic.scanner.expr.Templates;
import io.technic.scanner.model.FilteredSymbol;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.ScanRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan form's where condition, rank-by expression and templates (technic scan --where/--rank-by/--template). */
class ScanScreenViewModelTest {

    private final FakeScanService service = new FakeScanService();
    private final ScanViewModel vm = new ScanViewModel(service, Runnable::run);

    @TempDir
    Path dir;

    @Test
    void whereAndRankByScreenTheScanResultAsTheCommandLineDoes() {
        vm.simSpecProperty().set(TestScans.SMALL_SIM);
        vm.whereEditor().textProperty().set("merit > 40");
        vm.rankByEditor().textProperty().set("rsi14 asc");
        assertThat(vm.canRunBinding().get()).isTrue();

        vm.run();
        assertThat(service.submissions).hasSize(1);
        assertThat(service.last().request.source()).isEqualTo(TestScans.SMALL_SIM);
        ScanResult scanned = TestScans.small();
        service.last().result.complete(scanned);
        assertThat(vm.resultProperty().get()).as("the screen waits for the market").isNull();
        service.market(TestScans.SMALL_SIM).complete(Engine.load(TestScans.SMALL_SIM));

        ScanResult shown = vm.resultProperty().get();
        assertThat(shown).isEqualTo(Screen.compile("merit > 40", "rsi14 asc", scanned)
                .apply(scanned, Engine.load(TestScans.SMALL_SIM)));
        List<ScanRow> rows = shown.rows();
        assertThat(rows).isNotEmpty().hasSizeLessThan(scanned.rows().size());
        assertThat(rows).allSatisfy(r -> assertThat(r.scores().get("merit")).isGreaterThan(40));
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).rank()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(rows.get(i).feature("rsi14")).isGreaterThanOrEqualTo(rows.get(i - 1).feature("rsi14"));
            }
        }
        List<FilteredSymbol> byWhere = shown.filtered().stream().filter(f -> f.filter().equals(Screen.WHERE)).toList();
        assertThat(byWhere).hasSize(scanned.rows().size() - rows.size());
        assertThat(shown.accounting().universe()).isEqualTo(rows.size() + shown.filtered().size() + shown.skipped().size());
        assertThat(vm.statusProperty().get()).startsWith("Ranked " + rows.size() + " of ");
    }

    @Test
    void blankWhereAndRankByShowTheEngineRankingUntouched() {
        vm.run();
        ScanResult scanned = TestScans.small();
        service.last().result.complete(scanned);
        assertThat(vm.resultProperty().get()).isSameAs(scanned);
    }

    @Test
    void anInvalidExpressionDisablesRunWithTheEditorsMessage() {
        vm.whereEditor().textProperty().set("close > smaa(5)");
        assertThat(vm.canRunBinding().get()).isFalse();
        assertThat(vm.validationProperty().get())
                .isEqualTo("Where: unknown function 'smaa' at 1:9, did you mean 'sma'?");
        vm.run();
        assertThat(service.submissions).isEmpty();

        vm.whereEditor().textProperty().set("rsi(14)");
        assertThat(vm.validationProperty().get()).startsWith("Where: a condition must be true or false");

        vm.whereEditor().textProperty().set("rsi(14) < 30");
        vm.rankByEditor().textProperty().set("close > 3 desc");
        assertThat(vm.validationProperty().get()).startsWith("Rank by: a ranking must be a number");
        assertThat(vm.canRunBinding().get()).isFalse();

        vm.rankByEditor().textProperty().set("roc(63) desc");
        assertThat(vm.validationProperty().get()).isEmpty();
        assertThat(vm.canRunBinding().get()).isTrue();
    }

    @Test
    void aTemplateFillsWhereRankByAndItsTopN() throws Exception {
        TemplateStore store = TemplateStore.inConfig(dir);
        store.save(new Template("tech_highs", "highs in tech", "close > 10", null, 25, false));
        Files.writeString(store.directory().resolve("broken" + TemplateStore.EXTENSION), "[]");
        vm.loadTemplates(store);
        assertThat(vm.templates()).hasSize(Templates.builtIn().size() + 1);
        assertThat(vm.templates().getLast().name()).isEqualTo("tech_highs");
        assertThat(vm.templatesStatusProperty().get()).contains("broken" + TemplateStore.EXTENSION);

        Template builtIn = Templates.builtIn("oversold_in_uptrend").orElseThrow();
        vm.applyTemplate(builtIn);
        assertThat(vm.whereEditor().textProperty().get()).isEqualTo(builtIn.where());
        assertThat(vm.rankByEditor().textProperty().get()).isEqualTo(builtIn.rankBy());
        assertThat(vm.topNProperty().get()).as("a template without top N keeps the form's").isEqualTo("0");

        vm.applyTemplate(vm.templates().getLast());
        assertThat(vm.whereEditor().textProperty().get()).isEqualTo("close > 10");
        assertThat(vm.rankByEditor().textProperty().get()).isEmpty();
        assertThat(vm.topNProperty().get()).isEqualTo("25");
        assertThat(vm.canRunBinding().get()).isTrue();
    }

    @Test
    void whereAndRankByRoundTripThroughTheSnapshotEvenWhenInvalid() {
        vm.whereEditor().textProperty().set("close > smaa(5)");
        vm.rankByEditor().textProperty().set("roc(63) desc");
        ScreenForm saved = vm.screenSnapshot();
        assertThat(saved).isEqualTo(new ScreenForm("close > smaa(5)", "roc(63) desc"));

        ScanViewModel next = new ScanViewModel(service, Runnable::run);
        next.restoreScreen(saved);
        assertThat(next.screenSnapshot()).isEqualTo(saved);
        assertThat(next.canRunBinding().get()).isFalse();
        assertThat(next.validationProperty().get()).startsWith("Where: unknown function 'smaa'");
    }
}
