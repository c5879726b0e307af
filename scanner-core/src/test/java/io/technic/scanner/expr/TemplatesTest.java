package io.technic.scanner.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.data.sim.SimulatedMarket;
import io.technic.scanner.data.sim.SimulationSpec;
import io.technic.scanner.feature.TechnicalFeatures;
import io.technic.scanner.ml.XgboostAlphaModel;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.UniverseFilter;
import io.technic.scanner.score.Merit;
import io.technic.scanner.score.TechRating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    private static Market market;
    private static ScanResult result;

    @BeforeAll
    static void scan() {
        market = new SimulatedMarket(new SimulationSpec(5, 1500, 400, LocalDate.of(2026, 6, 30))).load();
        var models = XgboostAlphaModel.shipped();
        try (Scanner s = new Scanner(x -> market, new TechnicalFeatures(), new TechRating(),
                new Merit(false, models.stream().map(m -> m.name()).toList()), models)) {
            result = s.run(ScanRequest.of("sim").withFilter(UniverseFilter.none()));
        }
    }

    @Test
    void everyBuiltInTemplateCompilesAndRunsAndMostFindSomething() {
        assertThat(Templates.builtIn()).hasSizeGreaterThanOrEqualTo(15);
        var names = new HashSet<String>();
        int matching = 0;
        for (Template t : Templates.builtIn()) {
            assertThat(names.add(t.name())).as("unique name %s", t.name()).isTrue();
            assertThat(t.description()).as(t.name()).isNotBlank().doesNotContain("\n");
            assertThat(t.builtIn()).isTrue();
            ScanResult r = Screen.compile(t.where(), t.rankBy(), result).apply(result, market);
            var a = r.accounting();
            assertThat(a.ranked() + a.filtered() + a.skipped()).as(t.name()).isEqualTo(a.universe());
            matching += r.rows().isEmpty() ? 0 : 1;
        }
        // each is a real screen: it keeps some symbols of a 1,500-symbol market and removes others
        assertThat(matching).as("templates with at least one match").isGreaterThanOrEqualTo(15);
        assertThat(Templates.builtIn()).allSatisfy(t -> assertThat(t.where()).isNotNull());
    }

    @Test
    void savedTemplatesRoundTripRenameDeleteAndImport(@TempDir Path dir) throws Exception {
        TemplateStore store = TemplateStore.inConfig(dir);
        Template mine = Template.user("tech_breakouts", "52-week highs on volume in tech",
                "new_high_on_volume > 0 and sector == 'Information Technology'", "rvol(20) desc", 25);
        Path f = store.save(mine);
        assertThat(f).isEqualTo(dir.resolve("templates/tech_breakouts.technicscan"));
        assertThat(TemplateStore.read(f)).isEqualTo(mine);
        assertThat(store.find("tech_breakouts")).contains(mine);
        assertThat(store.list().templates()).endsWith(mine).hasSize(Templates.builtIn().size() + 1);

        store.rename("tech_breakouts", "tech_highs");
        assertThat(store.find("tech_breakouts")).isEmpty();
        assertThat(store.find("tech_highs")).contains(mine.renamed("tech_highs"));
        assertThat(Files.exists(f)).isFalse();

        Path shared = dir.resolve("shared.technicscan");
        TemplateStore.write(store.find("tech_highs").orElseThrow(), shared);
        store.delete("tech_highs");
        assertThat(store.find("tech_highs")).isEmpty();
        assertThat(store.importFile(shared, "from_a_friend").where()).isEqualTo(mine.where());
        assertThat(store.find("from_a_friend")).isPresent();
    }

    @Test
    void builtInTemplatesCannotBeOverwrittenRenamedOrDeleted(@TempDir Path dir) {
        TemplateStore store = new TemplateStore(dir);
        assertThatThrownBy(() -> store.save(Template.user("golden_cross", "", "close > 1", null, 0)))
                .hasMessageContaining("'golden_cross' is a built-in template");
        assertThatThrownBy(() -> store.rename("golden_cross", "x")).hasMessageContaining("built-in");
        assertThatThrownBy(() -> store.delete("golden_cross")).hasMessageContaining("built-in");
        assertThatThrownBy(() -> store.delete("nope")).hasMessageContaining("no saved template named 'nope'");
        assertThatThrownBy(() -> Template.user("Bad Name", "", "close > 1", null, 0))
                .hasMessageContaining("template name 'Bad Name'");
        assertThatThrownBy(() -> Template.user("empty", "", " ", null, 0))
                .hasMessageContaining("needs a where condition or a rank-by expression");
    }

    @Test
    void aMalformedFileIsNamedWithLineColumnAndFieldAndSkippedByTheListing(@TempDir Path dir) throws Exception {
        TemplateStore store = new TemplateStore(dir);
        Files.createDirectories(dir);
        Path unknown = dir.resolve("a.technicscan");
        Files.writeString(unknown, "{\n  \"format\": \"technic-scan\",\n  \"version\": 1,\n  \"nmae\": \"a\"\n}\n");
        assertThatThrownBy(() -> TemplateStore.read(unknown))
                .hasMessage(unknown + ":4:11: unknown field 'nmae' (expected format, version, name, description,"
                        + " where, rankBy, top)");
        Path wrongType = dir.resolve("b.technicscan");
        Files.writeString(wrongType, "{\"format\": \"technic-scan\", \"version\": 1, \"name\": \"b\", \"top\": \"ten\"}");
        assertThatThrownBy(() -> TemplateStore.read(wrongType)).hasMessageContaining(wrongType + ":1:")
                .hasMessageContaining("field 'top' must be a whole number");
        Path broken = dir.resolve("c.technicscan");
        Files.writeString(broken, "{\"format\": \"technic-scan\",\n \"version\": 1, \"name\": ");
        assertThatThrownBy(() -> TemplateStore.read(broken)).hasMessageContaining(broken + ":2:")
                .hasMessageContaining("not valid JSON");
        Path newer = dir.resolve("d.technicscan");
        Files.writeString(newer, "{\"format\": \"technic-scan\", \"version\": 2, \"name\": \"d\", \"where\": \"close > 1\"}");
        assertThatThrownBy(() -> TemplateStore.read(newer)).hasMessageContaining("field 'version' must be 1, got 2");
        Path good = dir.resolve("e.technicscan");
        TemplateStore.write(Template.user("e", "fine", "close > 1", null, 0), good);

        var listing = store.list();
        assertThat(listing.templates()).extracting(Template::name).contains("e").doesNotContain("a", "b", "c", "d");
        assertThat(listing.problems()).hasSize(4).anySatisfy(p -> assertThat(p).contains("unknown field 'nmae'"));
    }
}
