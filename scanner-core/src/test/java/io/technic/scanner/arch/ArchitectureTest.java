package io.technic.scanner.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ObjectInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of CONVENTIONS.md, checked on scanner-core's compiled classes. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.technic.scanner");
    }

    @Test
    void coreIsFreeOfUiToolkits() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.awt..", "javax.swing..", "org.controlsfx..", "eu.hansolo..", "io.fair_acc..")
                .because("scanner-core is the engine; the workstation UI lives in app/")
                .check(core);
    }

    @Test
    void corePackagesHaveNoCyclesAtAnyDepth() {
        slices().matching("io.technic.scanner.(**)").should().beFreeOfCycles()
                .because("each package is a layer that can be understood and tested alone")
                .check(core);
    }

    @Test
    void kernelsDependOnPlainJavaOnly() {
        classes().that().resideInAnyPackage("io.technic.scanner.indicator..", "io.technic.scanner.pattern..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java.lang..", "java.util..", "jdk.incubator.vector..",
                        "io.technic.scanner.indicator..", "io.technic.scanner.pattern..")
                .because("kernels are pure functions over primitive arrays; adapters are wired from exec/api"
                        + " (the JDK's Vector API computes the scan's recurrences SIMD across symbols)")
                .allowEmptyShould(true)
                .check(core);
    }

    @Test
    void nothingDeserialisesJavaObjects() {
        noClasses().should().dependOnClassesThat().areAssignableTo(ObjectInputStream.class)
                .because("untrusted bytes must never become Java objects")
                .check(core);
    }

    @Test
    void coreNeverPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the engine logs through SLF4J; only the CLI writes to the console")
                .check(core);
    }
}
