package io.clinicflow.loadtest.volume;

import io.clinicflow.booking.bookings.BookingStatus;
import io.clinicflow.loadtest.volume.SeedIds.Kind;

import java.sql.SQLException;
import java.time.Duration;

/**
 * session-service's records of the year: its copy of clients and bookings, one health declaration per client, a
 * screening per screened booking, and a treatment session per booking whose session began.
 */
final class SessionRecords {

    private static final Duration DECLARED_AFTER_REGISTERING = Duration.ofMinutes(10);
    private static final String AREAS = "[{\"area\":\"%s\",\"needleDepthMm\":%s,\"passes\":3,\"depthReason\":null}]";

    private final ChainYear chain;
    private final SeedDatabase database;

    SessionRecords(ChainYear chain, SeedDatabase database) {
        this.chain = chain;
        this.database = database;
    }

    void write() throws SQLException {
        database.copy("client", "client_id, date_of_birth, home_location_id", rows -> chain.clients(client ->
                rows.uuid(client.id()).day(client.dateOfBirth()).text(client.home().id().toString()).end()));
        database.copy("health_declaration", "id, client_id, submitted_at, answers", rows -> chain.clients(client ->
                rows.uuid(chain.ids().of(Kind.DECLARATION, client.home().index(), client.number()))
                        .uuid(client.id()).at(client.registeredAt().plus(DECLARED_AFTER_REGISTERING)).text("{}")
                        .end()));
        database.copy("booking", "booking_id, client_id, location_id, correlation_id, practitioner_id, starts_at, "
                + "ends_at, time_zone, treatment_areas, course_id, session_number, course_length, status, booked_at",
                rows -> chain.bookings(booking -> mirror(rows, booking)));
        database.copy("screening", "id, booking_id, outcome, reason_codes, earliest_eligible_date, rule_set_version, "
                + "screened_at, trigger, trigger_event_id",
                rows -> chain.bookings(booking -> screening(rows, booking)));
        database.copy("treatment_session", "booking_id, started_at, completed_at, areas, numbing, device, notes, "
                + "cartridge_lot, practitioner_id, abandoned_at, abandon_reason_category, abandon_note",
                rows -> chain.bookings(booking -> session(rows, booking)));
    }

    /** session-service's copy of a booking, from its SessionBooked: not yet there for one still in screening. */
    private void mirror(CopyRows rows, SeededBooking booking) {
        if (booking.status() == BookingStatus.PENDING_SCREENING) {
            return;
        }
        rows.uuid(booking.id()).uuid(booking.clientId()).text(booking.location().id().toString())
                .text(RememberedEvent.correlationId(chain, booking)).text(booking.practitionerId().toString())
                .at(booking.startsAt()).at(booking.endsAt()).text(booking.location().zone().getId())
                .texts(booking.treatmentAreas()).text(booking.courseId().toString()).number(booking.sessionNumber())
                .number(booking.courseLength()).text(booking.status().name()).at(booking.bookedAt()).end();
    }

    private void screening(CopyRows rows, SeededBooking booking) {
        Screened screened = Screened.of(booking);
        if (screened == null) {
            return;
        }
        rows.uuid(chain.ids().of(Kind.SCREENING, booking.location().index(), booking.position()))
                .uuid(booking.id()).text(screened.outcome()).texts(screened.reasonCodes())
                .day(screened.earliestEligible()).text(Screened.RULE_SET_VERSION).at(screened.screenedAt())
                .text("SESSION_BOOKED").uuid(RememberedEvent.SESSION_BOOKED.id(chain, booking)).end();
    }

    private static void session(CopyRows rows, SeededBooking booking) {
        if (!booking.sessionBegan()) {
            return;
        }
        rows.uuid(booking.id()).at(booking.checkedInAt());
        if (booking.completed()) {
            rows.at(booking.completedAt()).text(AREAS.formatted(booking.treatmentAreas().getFirst(), "0.5"))
                    .flag(true).text("Dermapen 4").text("Well tolerated").text("LOT-" + booking.position() % 97)
                    .uuid(booking.practitionerId()).none().none().none();
        } else {
            rows.none().none().none().none().none().none().none();
            if (booking.status() == BookingStatus.ABANDONED) {
                rows.at(booking.checkedInAt().plus(Duration.ofMinutes(10))).text("CLIENT_REQUEST")
                        .text("Client felt faint");
            } else {
                rows.none().none().none();
            }
        }
        rows.end();
    }
}
