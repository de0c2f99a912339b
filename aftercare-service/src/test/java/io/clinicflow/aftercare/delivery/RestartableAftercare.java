package io.clinicflow.aftercare.delivery;

import io.clinicflow.testkit.ClinicInfrastructure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * aftercare-service as one {@link AftercareProcess} after another, killed and restarted as a crash and an operator
 * would: on this JVM's broker, with a database of its own (so this JVM's aftercare context neither sends its steps nor
 * hides its duplicates) and an SMTP link with latency. Business time carries on from each process to the next.
 */
final class RestartableAftercare implements AutoCloseable {

    /** A start has taken 75 s on a 2-core machine busy with other builds. */
    private static final Duration STARTUP_PATIENCE = Duration.ofMinutes(3);

    private final ClinicInfrastructure infrastructure;
    private final Map<String, Object> properties;
    private final SlowSmtpLink smtp;
    private AftercareProcess process;
    private int starts;

    private RestartableAftercare(ClinicInfrastructure infrastructure, Map<String, Object> properties,
                                 SlowSmtpLink smtp) {
        this.infrastructure = infrastructure;
        this.properties = properties;
        this.smtp = smtp;
    }

    /**
     * Creates the service's database, owned by aftercare's role as its own is (ADR 0042): the superuser creates it,
     * since the role may not create databases. Starts nothing yet.
     */
    static RestartableAftercare withDatabaseOfItsOwn(ClinicInfrastructure infrastructure, Duration smtpLatency) {
        String database = "aftercare_crash_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection server = infrastructure.connect("postgres"); Statement statement = server.createStatement()) {
            statement.execute("create database " + database + " owner aftercare");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create " + database, e);
        }
        SlowSmtpLink smtp = SlowSmtpLink.to(infrastructure.smtpPort(), smtpLatency);
        Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties("aftercare"));
        properties.put("spring.mail.port", smtp.port());
        properties.put("spring.datasource.url", infrastructure.jdbcUrl(database));
        properties.put("clinicflow.aftercare.polling-interval", "PT0.2S");
        // a killed consumer holds its partitions until its session times out: 6 s (the broker's minimum), not 45 s
        properties.put("spring.kafka.consumer.properties.session.timeout.ms", "6000");
        properties.put("spring.kafka.consumer.properties.heartbeat.interval.ms", "1000");
        return new RestartableAftercare(infrastructure, properties, smtp);
    }

    /** The first process, its business clock at real time; returns once it takes connections. */
    void start() {
        startAt(Duration.ZERO);
    }

    /** SIGKILL: the process ends wherever it is, mid-transaction or mid-SMTP-conversation. */
    void kill() {
        process.kill();
    }

    /** A new process, its business time {@code later} on from where the last one's stood; returns once it listens. */
    void restartLater(Duration later) {
        startAt(process.clockAhead().plus(later));
    }

    void advanceClock(Duration duration) {
        process.advanceClock(duration);
    }

    int port() {
        return process.port();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return process.log();
    }

    private void startAt(Duration clockAhead) {
        process = AftercareProcess.start(properties, clockAhead,
                Path.of("target", "crash-recovery", "aftercare-service-" + starts++ + ".log"));
        infrastructure.stopsBeforeMe(process);   // should this JVM end before the test does
        process.awaitListening(STARTUP_PATIENCE);
    }

    @Override
    public void close() {
        try {
            if (process != null) {
                process.close();
            }
        } finally {
            smtp.close();
        }
    }
}
