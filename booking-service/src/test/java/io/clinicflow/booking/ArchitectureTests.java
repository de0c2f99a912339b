package io.clinicflow.booking;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.clinicflow.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Generated Avro classes stop at the edge: listeners read them, events/ writes them. */
    @ArchTest
    static final ArchRule avroStaysAtTheEdge = noClasses()
            .that().resideOutsideOfPackage("..events..")
            .and().haveNameNotMatching(".*Listener(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("io.clinicflow.avro..");

    /** Controllers are thin: HTTP in, use case, HTTP out; they never query a repository themselves. */
    @ArchTest
    static final ArchRule controllersGoThroughUseCases = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
}
