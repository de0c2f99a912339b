package io.clinicflow.booking;

import io.clinicflow.testkit.QueryPlans;
import io.clinicflow.testkit.QueryPlans.Plan;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.clinicflow.testkit.QueryPlans.id;
import static io.clinicflow.testkit.QueryPlans.idSql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hot queries of booking-service, and the outbox and inbox of every service, read their big tables through an
 * index at volume (issue 19): 50,000 bookings of 10,000 clients by 50 practitioners at 10 locations, 100,000 outbox
 * rows of which 100 wait, 100,000 inbox rows. The SQL is that of the repositories named on each test.
 */
@BookingServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotQueryPlansTests {

    private static final List<String> BIG_TABLES = List.of("booking", "client", "course", "outbox_event",
            "inbox_event");
    private static final Instant DAY = Instant.parse("2027-02-01T00:00:00Z");

    @Autowired
    DataSource database;

    @AutoClose // rolls the volume back
    private QueryPlans plans;

    @BeforeAll
    void fillTheTables() throws SQLException {
        plans = QueryPlans.in(database.getConnection()).volume(
                "insert into location (id, name, time_zone, opening_hours) select " + idSql("location", "n")
                        + ", 'Plans ' || n, 'Europe/London', '{}' from generate_series(0, 9) n",
                "insert into practitioner (id, name) select " + idSql("practitioner", "n")
                        + ", 'Plans ' || n from generate_series(0, 49) n",
                "insert into practitioner_location select " + idSql("practitioner", "n") + ", "
                        + idSql("location", "n % 10")
                        + " from generate_series(0, 49) n",
                "insert into client (id, first_name, last_name, email, date_of_birth, home_location_id, email_consent,"
                        + " sms_consent, registered_at) select " + idSql("client", "n") + ", 'Plan', 'Client ' || n,"
                        + " 'plan' || n || '@example.org', date '1990-01-01', " + idSql("location", "n % 10")
                        + ", true, false, now() from generate_series(0, 9999) n",
                "insert into course (id, client_id, location_id, length, opened_at) select " + idSql("course", "n")
                        + ", " + idSql("client", "n") + ", " + idSql("location", "n % 10") + ", 5, now()"
                        + " from generate_series(0, 9999) n",
                // practitioner n % 50 works at location n % 10, a session every two hours; those before 25 January
                // are done and hold no slot
                """
                        insert into booking (id, client_id, location_id, practitioner_id, time_zone, starts_at, ends_at,
                            blocked_until, treatment_areas, concerns, status, holds_slot, course_id, session_number,
                            course_length, booked_at)
                        select %s, %s, %s, %s, 'Europe/London', starts_at, starts_at + interval '1 hour',
                            starts_at + interval '75 minutes', '{FACE}', '{}', status, status = 'CONFIRMED', %s,
                            n / 10000 + 1, 5, now()
                        from generate_series(0, 49999) n,
                            lateral (select timestamptz '2027-01-01 08:00Z' + n / 50 * interval '2 hours') s(starts_at),
                            lateral (select case when starts_at < timestamptz '2027-01-25' then 'COMPLETED'
                                                 else 'CONFIRMED' end) h(status)
                        """.formatted(idSql("booking", "n"), idSql("client", "n % 10000"), idSql("location", "n % 10"),
                        idSql("practitioner", "n % 50"), idSql("course", "n % 10000")),
                // all published but the last 100, of which 5 are parked
                """
                        insert into outbox_event (event_id, topic, record_key, event_type, occurred_at, payload,
                            published_at, parked_at)
                        select %s, 'clinicflow.bookings.v1', 'client-' || n %% 10000, 'SessionBooked', now(), '\\x00',
                            case when n < 99900 then now() end, case when n >= 99900 and n %% 20 = 0 then now() end
                        from generate_series(0, 99999) n""".formatted(idSql("event", "n")),
                "insert into inbox_event (consumer, event_id) select 'consumer-' || n % 3, " + idSql("event", "n")
                        + " from generate_series(0, 99999) n");
    }

    private static void assertIndexed(Plan plan) {
        assertThat(plan.sequentiallyScanned()).as("%s", plan).doesNotContainAnyElementsOf(BIG_TABLES);
    }

    /** BookingRepository.heldBy: availability of a practitioner's day, and the overlap check of POST /bookings. */
    @Test
    void aPractitionersHeldSlotsOfADay() throws SQLException {
        Plan plan = plans.explain("""
                        select starts_at, blocked_until from booking
                        where practitioner_id = ? and holds_slot
                          and tstzrange(starts_at, blocked_until) && tstzrange(?, ?)""",
                id("practitioner", 7), Timestamp.from(DAY), Timestamp.from(DAY.plus(1, ChronoUnit.DAYS)));
        assertIndexed(plan);
        assertThat(plan.scans()).as("the index is searched by time, not for all the practitioner's slots")
                .anySatisfy(scan -> assertThat(scan.condition()).contains("&&"));
    }

    /** BookingRepository.atLocation: a location's day. */
    @Test
    void aLocationsDay() throws SQLException {
        assertIndexed(plans.explain("""
                        select * from booking where location_id = ? and starts_at >= ? and starts_at < ?
                        order by starts_at, id limit ? offset ?""",
                id("location", 3), Timestamp.from(DAY), Timestamp.from(DAY.plus(1, ChronoUnit.DAYS)), 50, 0));
    }

    /** BookingRepository.ofClient: GET /clients/{id}/bookings. */
    @Test
    void aClientsBookings() throws SQLException {
        String[] covered = IntStream.range(0, 10).mapToObj(n -> id("location", n).toString())
                .toArray(String[]::new);
        assertIndexed(plans.explain("""
                        select * from booking where client_id = ? and location_id = any(cast(? as uuid[]))
                        order by starts_at, id limit ? offset ?""",
                id("client", 42), covered, 50, 0));
    }

    /** BookingRepository.ofCourse: a course's sessions, read when POST /bookings plans a course. */
    @Test
    void aCoursesSessions() throws SQLException {
        assertIndexed(plans.explain("select * from booking where course_id = ? order by session_number, starts_at, id",
                id("course", 42)));
    }

    /** ClientRepository.get, CourseRepository.lock: by primary key on POST /bookings. */
    @Test
    void theClientAndCourseOfABooking() throws SQLException {
        assertIndexed(plans.explain("select * from client where id = ? and erased_at is null", id("client", 42)));
        assertIndexed(plans.explain("select * from course where id = ? for update", id("course", 42)));
    }

    /** OutboxRelay.publishBatch: the next events to send, none behind a parked event of its key. */
    @Test
    void theOutboxRelaysNextBatch() throws SQLException {
        assertIndexed(plans.explain("""
                        select id, topic, record_key, payload, event_id, event_type, occurred_at, traceparent
                        from outbox_event o
                        where published_at is null and parked_at is null
                          and not exists (select 1 from outbox_event p where p.record_key = o.record_key
                                          and p.parked_at is not null and p.published_at is null and p.id < o.id)
                        order by id limit ?""", 200));
    }

    /** Inbox.Batch: which of a poll's events the inbox holds, half of them seen, half new. */
    @Test
    void theInboxReadOfAPollBatch() throws SQLException {
        List<UUID> events = Stream.concat(IntStream.range(99950, 100000).mapToObj(n -> id("event", n)),
                Stream.generate(UUID::randomUUID).limit(50)).toList();
        String placeholders = String.join(", ", Collections.nCopies(events.size(), "?"));
        assertIndexed(plans.explain("select consumer, event_id::text from inbox_event where event_id in ("
                + placeholders + ")", events.toArray()));
    }
}
