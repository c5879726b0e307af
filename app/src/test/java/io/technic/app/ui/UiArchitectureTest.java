package io.technic.app.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.technic.app.ui.fx.FxGate;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI rules of CONVENTIONS.md, checked on the app's compiled classes. */
class UiArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        // The rules name their targets (packages, Platform.runLater, Scanner); resolving every
        // referenced JavaFX and engine class from the class path only makes the import slow.
        com.tngtech.archunit.ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.technic.app");
    }

    @org.junit.jupiter.api.AfterAll
    static void restore() {
        com.tngtech.archunit.ArchConfiguration.get().reset();
    }

    @Test
    void onlyFxGateCallsPlatformRunLater() {
        noClasses().that().doNotBelongToAnyOf(FxGate.class)
                .should().callMethod(Platform.class, "runLater", Runnable.class)
                .because("FxGate is the one door to the FX thread, where updates are coalesced")
                .check(app);
    }

    @Test
    void viewModelsHoldNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
                .because("view models are plain state with JavaFX properties, unit-tested without a stage")
                .check(app);
    }

    @Test
    void onlyTheServiceLayerReachesTheEngine() {
        noClasses().that().resideInAPackage("io.technic.app.ui..").and().resideOutsideOfPackage("io.technic.app.ui.service..")
                .should().dependOnClassesThat().resideInAnyPackage("io.technic.app.context..", "io.technic.scanner.exec..")
                .orShould().dependOnClassesThat().belongToAnyOf(io.technic.scanner.api.Scanner.class)
                .because("views and view models reach the engine only through ScanService, which never blocks the FX thread")
                .check(app);
    }

    @Test
    void theEngineLayerKnowsNothingOfTheUi() {
        noClasses().that().resideInAnyPackage("io.technic.app.cli..", "io.technic.app.context..", "io.technic.app.bench..")
                .and().doNotHaveSimpleName("AppCommand")
                .should().dependOnClassesThat().resideInAnyPackage("io.technic.app.ui..", "javafx..")
                .because("the command line runs without a display")
                .check(app);
    }
}
