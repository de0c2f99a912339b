package io.clinicflow.localstack;

import io.clinicflow.dashboard.OpsDashboardApplication;
import io.clinicflow.messaging.BusinessClock;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TokenIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.clinicflow.testkit.ClinicInfrastructure.RATE_LIMIT_ENABLED;

/**
 * One command for the whole local system, on exactly the ports it prints ({@link StackPort}): a KRaft broker on 9092
 * with every topic, PostgreSQL 17 on 5432 with the three databases and the key store, SMTP on 3025,
 * booking/session/aftercare on 8081/8082/8083, the ops dashboard on 8080, the control API on 8090 and demo data.
 * Options: {@code --clock-speed N} (business time runs N times faster), {@code --demo} (simulated clients arrive;
 * business time then runs one day per 5 seconds unless a clock speed is given), {@code --verbose} (every log line on
 * the console, not only in {@code logs/local-stack.log}).
 */
public final class LocalStack {

    /** Past this, a stop that hangs is cut short; a PostgreSQL it leaves behind is stopped by the next start. */
    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(20);
    /** The services and the dashboard close their connections at once on stop, not after in-flight requests. */
    private static final Map<String, Object> QUICK_STOP = Map.of("server.shutdown", "immediate",
            "spring.lifecycle.timeout-per-shutdown-phase", "5s");
    private static final AtomicBoolean STOPPED = new AtomicBoolean();

    private LocalStack() {
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(args);
        StackLog.direct(options.verbose());
        System.out.println("Logs: " + StackLog.FILE.toAbsolutePath() + (options.verbose() ? "" : " (--verbose: here too)"));
        long started = System.nanoTime();
        try {
            ClinicInfrastructure infrastructure = start(options);
            StopSignals.handle(() -> stop(infrastructure));
            printReady(Duration.ofNanos(System.nanoTime() - started), options);
        } catch (PortTaken e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Starts everything, stopped when the JVM exits; or, when one of its ports is taken, nothing ({@link PortTaken}).
     * A PostgreSQL left running by an earlier, killed local stack is stopped first. Returns the infrastructure the
     * services run on.
     */
    static ClinicInfrastructure start(LaunchOptions options) {
        LeftoverDatabase.stopIfAny(LeftoverDatabase.DATA_DIRECTORY);
        StackPort.requireFree(StackPort.ALL);
        long started = System.nanoTime();
        ClinicInfrastructure infrastructure = ClinicInfrastructure.start(new ClinicInfrastructure.Ports(
                        StackPort.KAFKA.number(), StackPort.POSTGRESQL.number(), StackPort.SMTP.number()),
                BusinessClock.accelerated(options.clockSpeed()), LeftoverDatabase.DATA_DIRECTORY);
        startedLine("Kafka, PostgreSQL, SMTP", "9092, 5432, 3025", started);
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
     * Stops, last started first: demo traffic, control API and status line, dashboard and services (their work
     * commits), then the infrastructure. Once only: a signal and the JVM's exit both ask. The local stack keeps no
     * data, so a stop that hangs is not waited for beyond a bound.
     */
    private static void stop(ClinicInfrastructure infrastructure) {
        if (!STOPPED.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        System.out.println("Stopping: demo traffic, dashboard, services, mail, broker, database");
        Thread stopping = Thread.ofPlatform().name("local-stack-infrastructure-stop").daemon(false).start(infrastructure::close);
        try {
            stopping.join(SHUTDOWN_BOUND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.isAlive()) {
            // a test JVM's exit runs zonky's and Kafka's hooks beside this one, and the broker can hang in them; the
            // stack keeps no data, so exiting as planned is right, and a PostgreSQL left behind goes at the next start
            System.out.printf("Not stopped within %d s: stopping now%n", SHUTDOWN_BOUND.toSeconds());
            Runtime.getRuntime().halt(0);
        }
        System.out.printf("Stopped in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Services and dashboard, each registered to stop before the infrastructure (last started, first stopped). */
    private static Clinic startApplications(ClinicInfrastructure infrastructure) {
        Map<String, Object> overrides = new HashMap<>(QUICK_STOP);
        // the tests' infrastructure turns the rate limits off; the local stack has them, as production does
        overrides.put(RATE_LIMIT_ENABLED, System.getProperty(RATE_LIMIT_ENABLED, "true"));
        long[] started = {System.nanoTime()};
        ClinicServices services = ClinicServices.start(infrastructure, new ClinicServices.Ports(
                StackPort.BOOKING.number(), StackPort.SESSION.number(), StackPort.AFTERCARE.number()), overrides,
                (service, port) -> started[0] = startedLine(service, Integer.toString(port), started[0]));
        infrastructure.stopsBeforeMe(services);
        ConfigurableApplicationContext dashboard = OpsDashboardApplication.app().registerShutdownHook(false)
                .properties("spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                        "server.port=" + StackPort.DASHBOARD.number(), ClinicInfrastructure.PUBLIC_KEY_PROPERTY + "="
                                + TokenIssuer.ofThisJvm().publicKeyLocation())
                .properties(QUICK_STOP)
                .run();
        startedLine("ops dashboard", Integer.toString(StackPort.DASHBOARD.number()), started[0]);
        infrastructure.stopsBeforeMe(dashboard);
        infrastructure.stopsBeforeMe(StackStatus.start(services.meterRegistries(), dashboard.getBean(MeterRegistry.class),
                infrastructure));
        return new Clinic(ApiClient.onPort(services.bookingPort()), ApiClient.onPort(services.sessionPort()),
                ApiClient.onPort(services.aftercarePort()), infrastructure.clock());
    }

    /** One console line per component as it comes up; returns when the line was printed, the next one's start. */
    private static long startedLine(String component, String ports, long startedAt) {
        long now = System.nanoTime();
        System.out.printf("  started %-24s :%-16s %5.1f s%n", component, ports, (now - startedAt) / 1e9);
        return now;
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
                        + "One status line a minute follows; Ctrl+C stops everything.%n",
                startup.toMillis() / 1000.0, options.clockSpeed(), options.demo() ? ", demo clients arriving" : "",
                StackPort.BOOKING.number(), StackPort.SESSION.number(), StackPort.AFTERCARE.number(),
                StackPort.DASHBOARD.number(), StackPort.CONTROL_API.number(), StackPort.KAFKA.number(),
                StackPort.SMTP.number(), StackPort.POSTGRESQL.number());
    }
}
