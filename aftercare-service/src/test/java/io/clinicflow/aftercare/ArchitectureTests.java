package io.clinicflow.aftercare;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "io.clinicflow.aftercare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule avroStopsAtTheEdge = noClasses()
            .that().resideOutsideOfPackage("..events..").and().haveSimpleNameNotEndingWith("Listener")
            .should().dependOnClassesThat().resideInAPackage("io.clinicflow.avro..")
            .because("generated Avro classes never enter the domain: listeners map in, events/ maps out");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = slices()
            .matching("io.clinicflow.aftercare.(*)..")
            .should().beFreeOfCycles();
}
