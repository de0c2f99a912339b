package io.clinicflow.session;

import io.clinicflow.session.bookings.BookingStatus;
import io.clinicflow.testkit.QueryPlans;
import io.clinicflow.testkit.QueryPlans.Plan;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Collections;
import java.util.stream.Stream;

import static io.clinicflow.testkit.QueryPlans.id;
import static io.clinicflow.testkit.QueryPlans.idSql;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screening hop's reads find their rows through an index at volume (issue 19): 20,000 clients with 50,000
 * mirrored bookings, 50,000 health declarations and 50,000 screenings. The SQL is that of the repositories named on
 * each test.
 */
@SessionServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotQueryPlansTests {

    private static final String BOOKING_COLUMNS = """
            booking_id, client_id, location_id, correlation_id, practitioner_id, starts_at, ends_at, time_zone,
            treatment_areas, course_id, session_number, course_length, status, booked_at""";

    @Autowired
    DataSource database;

    @AutoClose // rolls the volume back
    private QueryPlans plans;

    @BeforeAll
    void fillTheTables() throws SQLException {
        plans = QueryPlans.in(database.getConnection()).volume(
                "insert into client (client_id, date_of_birth, home_location_id) select " + idSql("client", "n")
                        + ", date '1990-01-01', 'location-' || n % 10 from generate_series(0, 19999) n",
                // most of a client's bookings are history; the last of every five is still to be screened
                """
                        insert into booking (%s)
                        select %s, %s, 'location-' || n %% 10, 'correlation-' || n, 'practitioner-' || n %% 50,
                            starts_at, starts_at + interval '1 hour', 'Europe/London', '{FACE}',
                            'course-' || n %% 20000, n / 20000 + 1, 3,
                            case when n < 40000 then 'COMPLETED' else 'PENDING_SCREENING' end,
                            starts_at - interval '14 days'
                        from generate_series(0, 49999) n,
                            lateral (select timestamptz '2027-01-01 08:00Z' + n * interval '10 minutes') s(starts_at)
                        """.formatted(BOOKING_COLUMNS, idSql("booking", "n"), idSql("client", "n % 20000")),
                "insert into health_declaration (id, client_id, submitted_at, answers) select "
                        + idSql("declaration", "n") + ", " + idSql("client", "n % 20000")
                        + ", now(), '{}' from generate_series(0, 49999) n",
                """
                        insert into screening (id, booking_id, outcome, reason_codes, rule_set_version, screened_at,
                            trigger, trigger_event_id)
                        select %s, %s, 'CLEARED', '{}', 'v1', now(), 'SESSION_BOOKED', %s
                        from generate_series(0, 49999) n
                        """.formatted(idSql("screening", "n"), idSql("booking", "n"), idSql("event", "n")));
    }

    private static void assertIndexed(Plan plan) {
        assertThat(plan.sequentiallyScanned()).as("%s", plan).isEmpty();
    }

    /** BookingRepository.ofClient: a declaration re-screens the client's open bookings. */
    @Test
    void aClientsBookingsToScreenAgain() throws SQLException {
        Object[] statuses = BookingStatus.RESCREENABLE.stream().map(Enum::name).toArray();
        String placeholders = String.join(", ", Collections.nCopies(statuses.length, "?"));
        assertIndexed(plans.explain("select " + BOOKING_COLUMNS + " from booking where client_id = ? and status in ("
                        + placeholders + ") order by booked_at",
                Stream.concat(Stream.of(id("client", 42)), Stream.of(statuses)).toArray()));
    }

    /** BookingRepository.find: the booking a reschedule re-screens. */
    @Test
    void aMirroredBooking() throws SQLException {
        assertIndexed(plans.explain("select " + BOOKING_COLUMNS + " from booking where booking_id = ?",
                id("booking", 42)));
    }

    /** BookingRepository: the client's latest location. */
    @Test
    void aClientsLatestLocation() throws SQLException {
        assertIndexed(plans.explain(
                "select location_id from booking where client_id = ? order by booked_at desc limit 1",
                id("client", 42)));
    }

    /** HealthDeclarationRepository.latestOf: the declaration a booking is screened against. */
    @Test
    void aClientsLatestDeclaration() throws SQLException {
        assertIndexed(plans.explain("""
                        select id, client_id, submitted_at, answers from health_declaration
                        where client_id = ? order by seq desc limit 1""", id("client", 42)));
    }

    /** ClientDirectory.find: the client's date of birth, for the age rule. */
    @Test
    void aClientsDateOfBirth() throws SQLException {
        assertIndexed(plans.explain(
                "select client_id, date_of_birth, home_location_id from client where client_id = ?",
                id("client", 42)));
    }

    /** ScreeningRepository.ofBooking: the booking's screenings, the last being its decision. */
    @Test
    void aBookingsScreenings() throws SQLException {
        assertIndexed(plans.explain("select * from screening where booking_id = ? order by screened_at, id",
                id("booking", 42)));
    }
}
