package io.clinicflow.dashboard;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "io.clinicflow.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Generated Avro classes stop at the listeners: the rest of the dashboard never sees an event body. */
    @ArchTest
    static final ArchRule avroStaysInTheListeners = noClasses()
            .that().haveNameNotMatching(".*Listener(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("io.clinicflow.avro..");

    /** No database: the projection is in memory (ADR 0016). */
    @ArchTest
    static final ArchRule noJdbc = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..");
}
