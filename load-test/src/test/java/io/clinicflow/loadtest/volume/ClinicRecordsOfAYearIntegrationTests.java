package io.clinicflow.loadtest.volume;

import io.clinicflow.booking.bookings.BookingStatus;
import io.clinicflow.localstack.ClinicServices;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.StaffToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small chain's history seeded into the databases the services migrated, with the services stopped as
 * {@code bin/perf seed} runs it; then the services started on it answer the front desk's reads from seeded rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicRecordsOfAYearIntegrationTests {

    /** Two locations, a week of history: 600 bookings, 200 sessions, 1 600 aftercare messages. */
    private static final ChainSize SIZE = new ChainSize(2, 0.02);

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private Instant now;
    private SeedOutcome outcome;
    private SeededSchedule schedule;
    private ClinicServices services;

    /** The aftercare schedule as seeded, read before the services start and the scheduler runs what is due. */
    private record SeededSchedule(long ahead, long overdue, long withoutTheirStep, long sent, long scheduledInThePast) {
    }

    @BeforeAll
    void seedWhileTheServicesAreStopped() throws SQLException {
        ClinicServices.start(infrastructure, ClinicServices.Ports.ANY_FREE, Map.of()).close();   // Flyway migrates
        now = infrastructure.clock().instant();
        outcome = new ClinicRecordsOfAYear().write(infrastructure, SIZE, now);
        schedule = new SeededSchedule(
                count("aftercare", "select count(*) from scheduled_tasks where execution_time > ?", now),
                count("aftercare", "select count(*) from scheduled_tasks where execution_time <= ?", now),
                count("aftercare", """
                        select count(*) from scheduled_tasks t left join aftercare_step s
                        on t.task_instance = s.session_id || ':' || s.step and s.due_at = t.execution_time
                        where s.session_id is null"""),
                count("aftercare", "select count(*) from aftercare_message where status = 'SENT'"),
                count("aftercare", "select count(*) from aftercare_message where status = 'SCHEDULED' "
                        + "and scheduled_for <= ?", now));
        services = ClinicServices.start(infrastructure, ClinicServices.Ports.ANY_FREE, Map.of());
    }

    @AfterAll
    void stopServices() {
        services.close();
    }

    @Test
    void writesWhatTheChainSizeSays() throws SQLException {
        assertThat(outcome.items()).containsEntry("booking.location", (long) SIZE.locations())
                .containsEntry("booking.practitioner", SIZE.practitioners())
                .containsEntry("booking.client", SIZE.clients())
                .containsEntry("booking.booking", SIZE.bookings())
                .containsEntry("booking.booking_request", SIZE.bookings())
                .containsEntry("session.client", SIZE.clients())
                .containsEntry("session.health_declaration", SIZE.clients())
                .containsEntry("aftercare.client", SIZE.clients())
                .containsEntry("aftercare.aftercare_plan", SIZE.sessions())
                .containsEntry("aftercare.aftercare_message", SIZE.aftercareMessages());
        assertThat(count("booking", "select count(*) from booking")).isEqualTo(SIZE.bookings());
        assertThat(outcome.items().get("session.booking")).as("session-service has not heard of those in screening")
                .isEqualTo(count("booking", "select count(*) from booking where status <> 'PENDING_SCREENING'"));
        assertThat(count("session", "select count(*) from treatment_session where completed_at is not null"))
                .isEqualTo(SIZE.sessions());
        assertThat(count("aftercare", "select count(*) from aftercare_message")).isEqualTo(SIZE.aftercareMessages());
        assertThat(count(ClinicInfrastructure.KEY_STORE, "select count(*) from client_keys"))
                .isGreaterThanOrEqualTo(SIZE.clients());
        assertThat(outcome.bytesOnDisk()).isPositive();
    }

    @Test
    void bookingsReachEveryStatusWithinOpeningHours() throws SQLException {
        assertThat(strings("booking", "select distinct status from booking"))
                .containsExactlyInAnyOrder(names(BookingStatus.values()));
        assertThat(count("booking", """
                select count(*) from booking b join location l on l.id = b.location_id
                where (b.starts_at at time zone l.time_zone)::time < '09:00'
                   or (b.blocked_until at time zone l.time_zone)::time > '19:00'
                   or extract(isodow from b.starts_at at time zone l.time_zone) = 7""")).isZero();
        assertThat(count("booking", "select count(*) from booking where status = 'COMPLETED' and ends_at > ?", now))
                .isZero();
        assertThat(count("booking", "select count(*) from booking where starts_at > ? and booked_at <= ?", now, now))
                .isPositive();
    }

    @Test
    void noPractitionerIsInTwoPlacesAtOnce() throws SQLException {
        assertThat(count("booking", """
                select count(*) from booking a join booking b on a.practitioner_id = b.practitioner_id and a.id < b.id
                and tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)""")).isZero();
    }

    @Test
    void dueStepsWaitInTheScheduleAndPastOnesWereSent() {
        assertThat(schedule.ahead()).isPositive();
        assertThat(schedule.overdue()).as("steps the running scheduler would send at once").isZero();
        assertThat(schedule.withoutTheirStep()).isZero();
        assertThat(schedule.sent()).isPositive();
        assertThat(schedule.scheduledInThePast()).isZero();
    }

    @Test
    void inboxAndOutboxHoldWhatHousekeepingKeeps() throws SQLException {
        for (String database : ClinicInfrastructure.DATABASES) {
            assertThat(count(database, "select count(*) from inbox_event")).as(database).isPositive();
            assertThat(count(database, "select count(*) from inbox_event where processed_at < ?",
                    now.minus(MessagingRecords.INBOX_KEPT))).as(database).isZero();
            assertThat(count(database, "select count(*) from outbox_event where published_at is null"))
                    .as(database).isZero();
            assertThat(count(database, "select count(*) from outbox_event where published_at < ?",
                    now.minus(MessagingRecords.PUBLISHED_OUTBOX_KEPT))).as(database).isZero();
        }
    }

    @Test
    void frontDeskReadsASeededClientsBookingsAndAftercare() throws SQLException {
        String client = strings("booking", "select client_id from booking where status = 'COMPLETED' "
                + "order by starts_at desc limit 1").getFirst();
        List<String> bookings = strings("booking", "select id from booking where client_id = '" + client + "'");

        ApiClient.Response booked = ApiClient.onPort(services.bookingPort()).as(StaffToken.chainWide())
                .get("/api/v1/clients/" + client + "/bookings");
        assertThat(booked.status()).isEqualTo(200);
        assertThat(ids(booked.body(), "id")).containsExactlyInAnyOrderElementsOf(bookings);

        ApiClient.Response aftercare = ApiClient.onPort(services.aftercarePort()).as(StaffToken.chainWide())
                .get("/api/v1/clients/" + client + "/aftercare");
        assertThat(aftercare.status()).isEqualTo(200);
        assertThat(ids(aftercare.body(), "sessionId")).isNotEmpty().isSubsetOf(bookings);
        assertThat(aftercare.body().get(0).get("messages").size()).isGreaterThanOrEqualTo(8);
    }

    private static String[] names(BookingStatus[] statuses) {
        return Arrays.stream(statuses).map(Enum::name).toArray(String[]::new);
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }

    private long count(String database, String sql, Instant... at) throws SQLException {
        return Long.parseLong(strings(database, sql, at).getFirst());
    }

    private List<String> strings(String database, String sql, Instant... at) throws SQLException {
        try (Connection connection = infrastructure.connect(database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < at.length; i++) {
                statement.setTimestamp(i + 1, Timestamp.from(at[i]));
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
