package io.clinicflow.aftercare;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.clinicflow.testkit.architecture.ServiceShape;

/** Aftercare-service has the shape every service has: the one rule set of the testkit (issue 20). */
@AnalyzeClasses(packages = "io.clinicflow.aftercare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchTests serviceShape = ArchTests.in(ServiceShape.class);
}
