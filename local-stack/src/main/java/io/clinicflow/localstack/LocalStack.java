package io.clinicflow.localstack;

import io.clinicflow.dashboard.OpsDashboardApplication;
import io.clinicflow.messaging.BusinessClock;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TokenIssuer;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.clinicflow.testkit.ClinicInfrastructure.RATE_LIMIT_ENABLED;

/**
 * One command for the whole local system, on exactly the ports it prints ({@link StackPort}): a KRaft broker on 9092
 * with every topic, PostgreSQL 17 on 5432 with the three databases and the key store, SMTP on 3025,
 * booking/session/aftercare on 8081/8082/8083, the ops dashboard on 8080, the control API on 8090 and demo data.
 * Options: {@code --clock-speed N} (business time runs N times faster), {@code --demo} (simulated clients arrive;
 * business time then runs one day per 5 seconds unless a clock speed is given).
 */
public final class LocalStack {

    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(20);

    private LocalStack() {
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(args);
        long started = System.nanoTime();
        try {
            start(options);
            printReady(Duration.ofNanos(System.nanoTime() - started), options);
        } catch (PortTaken e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Starts everything, stopped when the JVM exits; or, when one of its ports is taken, nothing ({@link PortTaken}).
     * Returns the infrastructure the services run on.
     */
    static ClinicInfrastructure start(LaunchOptions options) {
        StackPort.requireFree(StackPort.ALL);
        ClinicInfrastructure infrastructure = ClinicInfrastructure.start(new ClinicInfrastructure.Ports(
                        StackPort.KAFKA.number(), StackPort.POSTGRESQL.number(), StackPort.SMTP.number()),
                BusinessClock.accelerated(options.clockSpeed()), null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(infrastructure), "local-stack-stop"));
        Clinic clinic = startApplications(infrastructure);
        Map<String, Clinic.Site> sites = DemoData.seed(clinic);
        infrastructure.stopsBeforeMe(ControlApi.start(StackPort.CONTROL_API.number(), infrastructure.clock(),
                infrastructure.mail(), new TokenDesk(TokenIssuer.ofThisJvm(), DemoUsers.of(sites)),
                TokenQuota.fromSystemProperties()));
        if (options.demo()) {
            infrastructure.stopsBeforeMe(DemoTraffic.start(clinic, List.copyOf(sites.values())));
        }
        return infrastructure;
    }

    /**
     * Stops demo, services and dashboard (their work commits), then the infrastructure; the local stack keeps no
     * data, so a broker that hangs in its own shutdown (its temporary log directory is deleted by another JVM hook)
     * is not waited for beyond a bound.
     */
    private static void stop(ClinicInfrastructure infrastructure) {
        Thread stopping = Thread.ofPlatform().name("local-stack-infrastructure-stop").start(infrastructure::close);
        try {
            stopping.join(SHUTDOWN_BOUND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.isAlive()) {
            Runtime.getRuntime().halt(0);
        }
    }

    /** Services and dashboard, each registered to stop before the infrastructure (last started, first stopped). */
    private static Clinic startApplications(ClinicInfrastructure infrastructure) {
        ClinicServices services = ClinicServices.start(infrastructure, new ClinicServices.Ports(
                StackPort.BOOKING.number(), StackPort.SESSION.number(), StackPort.AFTERCARE.number()),
                // the tests' infrastructure turns the rate limits off; the local stack has them, as production does
                Map.of(RATE_LIMIT_ENABLED, System.getProperty(RATE_LIMIT_ENABLED, "true")));
        infrastructure.stopsBeforeMe(services);
        ConfigurableApplicationContext dashboard = OpsDashboardApplication.app().registerShutdownHook(false)
                .properties("spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                        "server.port=" + StackPort.DASHBOARD.number(), ClinicInfrastructure.PUBLIC_KEY_PROPERTY + "="
                                + TokenIssuer.ofThisJvm().publicKeyLocation())
                .run();
        infrastructure.stopsBeforeMe(dashboard);
        return new Clinic(ApiClient.onPort(services.bookingPort()), ApiClient.onPort(services.sessionPort()),
                ApiClient.onPort(services.aftercarePort()), infrastructure.clock());
    }

    private static void printReady(Duration startup, LaunchOptions options) {
        System.out.printf("%nClinicFlow local stack ready in %.1f s (business clock x%s%s)%n"
                        + "  booking-service   http://localhost:%d/api/v1/locations   (OpenAPI: /swagger-ui.html)%n"
                        + "  session-service   http://localhost:%d%n"
                        + "  aftercare-service http://localhost:%d%n"
                        + "  ops dashboard     http://localhost:%d/%n"
                        + "  control API       http://localhost:%d/api/v1/clock%n"
                        + "  Kafka localhost:%d   SMTP localhost:%d%n"
                        + "  PostgreSQL localhost:%d   superuser postgres/postgres; booking, session, aftercare: each its"
                        + " service's own user, password the same (ADR 0042)%n"
                        + "Ctrl+C stops everything.%n",
                startup.toMillis() / 1000.0, options.clockSpeed(), options.demo() ? ", demo clients arriving" : "",
                StackPort.BOOKING.number(), StackPort.SESSION.number(), StackPort.AFTERCARE.number(),
                StackPort.DASHBOARD.number(), StackPort.CONTROL_API.number(), StackPort.KAFKA.number(),
                StackPort.SMTP.number(), StackPort.POSTGRESQL.number());
    }
}
