package io.clinicflow.testkit.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one shape of every ClinicFlow service (issue 20), run by each service's {@code ArchitectureTests} over its own
 * classes: {@code @ArchTest static final ArchTests shape = ArchTests.in(ServiceShape.class);}. A service is
 * {@code io.clinicflow.<service>.<feature>}; its adapters are the listeners and controllers of a feature, its
 * {@code events/} package (domain events out to Avro and the outbox) and, in booking-service, {@code crm/}.
 */
public final class ServiceShape {

    private static final String EVENTS = "io.clinicflow.*.events..";
    private static final String CRM = "io.clinicflow.*.crm..";

    /** A controller, or a record or class nested in one (its request and view types). */
    private static final DescribedPredicate<JavaClass> WEB_ADAPTER = DescribedPredicate.describe("web adapters",
            type -> annotatedWith(RestController.class).test(type.getEnclosingClass().orElse(type))
                    || type.getName().matches(".*Controller(\\$.*)?"));

    private ServiceShape() {
    }

    /** Generated Avro classes stop at the edge: listeners read them, {@code events/} writes them. */
    @ArchTest
    public static final ArchRule avroOnlyInListenersAndEvents = noClasses()
            .that().resideOutsideOfPackage(EVENTS).and().haveNameNotMatching(".*Listener(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("io.clinicflow.avro..")
            .because("use cases publish plain domain records; events/ maps them to Avro (issue 20)");

    /** The outbound adapters listen to the use cases' domain events; a use case never calls them. */
    @ArchTest
    public static final ArchRule useCasesNeverReachTheOutboundAdapters = noClasses()
            .that().resideOutsideOfPackages(EVENTS, CRM)
            .should().dependOnClassesThat().resideInAnyPackage(EVENTS, CRM)
            .because("events/ and crm/ listen to domain events; nothing calls them (issue 20)");

    /** Controllers are thin: HTTP in, use case, HTTP out; they never query the database themselves. */
    @ArchTest
    public static final ArchRule controllersReachDataOnlyThroughUseCases = noClasses()
            .that(WEB_ADAPTER)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat(belongToAnyOf(JdbcClient.class, JdbcTemplate.class,
                    NamedParameterJdbcTemplate.class, DataSource.class));

    /** Features depend on each other in one direction only. */
    @ArchTest
    public static final ArchRule noPackageCycles = slices().matching("io.clinicflow.*.(*)..").should().beFreeOfCycles();

    /** Only the web adapters speak HTTP's problem details; the domain throws the shared kernel's plain refusals. */
    @ArchTest
    public static final ArchRule noWebInDomainCode = noClasses()
            .that(DescribedPredicate.not(WEB_ADAPTER))
            .should().dependOnClassesThat(resideInAPackage("io.clinicflow.web.."))
            .because("ApiErrors maps the kernel's refusals to 400/404/409/410/422 in one place (issue 20)");

    /** Screening rules, policies and domain events are plain Java, testable without a Spring context. */
    @ArchTest
    public static final ArchRule policiesNeedNoSpring = noClasses()
            .that().resideInAPackage("..rules..").or().haveSimpleNameEndingWith("Policy")
            .or().haveSimpleNameEndingWith("RuleSet")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
