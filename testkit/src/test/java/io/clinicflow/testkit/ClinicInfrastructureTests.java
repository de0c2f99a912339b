package io.clinicflow.testkit;

import io.clinicflow.events.Topics;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClinicInfrastructureTests {

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();

    @Test
    void createsEveryTopicOfTheRegistry() {
        TopicProbe probe = TopicProbe.of(infrastructure);
        String key = "client-" + System.nanoTime();

        probe.sendRaw(Topics.deadLetterOf(Topics.BOOKING_EVENTS), key, new byte[] {1, 2, 3});

        assertThat(probe.rawRecords(Topics.deadLetterOf(Topics.BOOKING_EVENTS)))
                .anySatisfy(record -> assertThat(record.key()).isEqualTo(key));
    }

    @Test
    void givesEachServiceItsOwnPostgres17DatabaseAndAKeyStore() throws Exception {
        for (String database : ClinicInfrastructure.databasesWithKeyStore()) {
            try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(database), "postgres", "postgres");
                 ResultSet result = connection.createStatement().executeQuery("select current_database(), version()")) {
                result.next();
                assertThat(result.getString(1)).isEqualTo(database);
                assertThat(result.getString(2)).startsWith("PostgreSQL 17");
            }
        }
    }

    @Test
    void businessClockJumpsForward() {
        Instant before = infrastructure.clock().instant();

        Instant after = infrastructure.clock().advance(Duration.ofDays(28));

        assertThat(Duration.between(before, after)).isGreaterThanOrEqualTo(Duration.ofDays(28));
    }
}
