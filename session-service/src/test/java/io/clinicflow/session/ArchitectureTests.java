package io.clinicflow.session;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.clinicflow.session");

    @Test
    void onlyListenersAndEventMappingTouchGeneratedAvroClasses() {
        noClasses().that().resideOutsideOfPackage("..events..").and().haveSimpleNameNotEndingWith("Listener")
                .should().dependOnClassesThat().resideInAPackage("io.clinicflow.avro..")
                .check(classes);
    }

    @Test
    void domainRulesAndPoliciesNeedNoSpring() {
        noClasses().that().resideInAPackage("..screening.rules..")
                .or().haveSimpleNameEndingWith("RuleSet").or().haveSimpleNameEndingWith("Policy")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }
}
