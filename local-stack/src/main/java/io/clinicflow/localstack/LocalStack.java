package io.clinicflow.localstack;

import io.clinicflow.messaging.BusinessClock;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;

import java.time.Duration;
import java.util.Map;

/**
 * One command for the whole local system: a KRaft broker on 9092 with every topic, PostgreSQL 17 on 5432 with the
 * three databases, SMTP on 3025, booking/session/aftercare on 8081/8082/8083, the control API on 8090 and demo data.
 * Options: {@code --clock-speed N} (business time runs N times faster), {@code --demo} (simulated clients: issue 7).
 */
public final class LocalStack {

    static final int CONTROL_PORT = 8090;

    private LocalStack() {
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(args);
        long started = System.nanoTime();
        ClinicInfrastructure infrastructure = ClinicInfrastructure.start(new ClinicInfrastructure.Ports(9092, 5432, 3025),
                BusinessClock.accelerated(options.clockSpeed()), null);
        ClinicServices services = ClinicServices.start(infrastructure, ClinicServices.Ports.DEFAULT, Map.of());
        ControlApi control = ControlApi.start(CONTROL_PORT, infrastructure.clock(), infrastructure.mail());
        DemoData.seed(ApiClient.onPort(services.bookingPort()));
        if (options.demo()) {
            System.out.println("--demo: simulated clients are not in this build yet (issue 7); demo locations are seeded.");
        }
        infrastructure.stopsBeforeMe(services);
        infrastructure.stopsBeforeMe(control);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "local-stack-stop"));
        System.out.printf("%nClinicFlow local stack ready in %.1f s (business clock x%s)%n"
                        + "  booking-service   http://localhost:8081/api/v1/locations%n"
                        + "  session-service   http://localhost:8082%n"
                        + "  aftercare-service http://localhost:8083%n"
                        + "  control API       http://localhost:%d/api/v1/clock%n"
                        + "  Kafka localhost:9092   PostgreSQL localhost:5432 (postgres/postgres)   SMTP localhost:3025%n"
                        + "Ctrl+C stops everything.%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0, options.clockSpeed(), CONTROL_PORT);
    }
}
