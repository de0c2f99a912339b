package io.clinicflow.loadtest.volume;

import io.clinicflow.booking.bookings.CourseRequest;
import io.clinicflow.loadtest.volume.SeedIds.Kind;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** booking-service's records of the year: locations, practitioners, clients, courses and every booking. */
final class BookingRecords {

    private final ChainYear chain;
    private final SeedDatabase database;

    BookingRecords(ChainYear chain, SeedDatabase database) {
        this.chain = chain;
        this.database = database;
    }

    void write() throws SQLException {
        List<SeededLocation> locations = chain.locations();
        database.copy("location", "id, name, time_zone, opening_hours", rows -> locations.forEach(location ->
                rows.uuid(location.id()).text(location.name()).text(location.zone().getId())
                        .text(SeededLocation.OPENING_HOURS).end()));
        database.copy("practitioner", "id, name", rows -> eachPractitioner((location, p) ->
                rows.uuid(chain.practitionerId(location, p)).text("Practitioner " + p + " of " + location.name())
                        .end()));
        database.copy("practitioner_location", "practitioner_id, location_id", rows -> eachPractitioner(
                (location, p) -> rows.uuid(chain.practitionerId(location, p)).uuid(location.id()).end()));
        database.copy("client", "id, first_name, last_name, email, phone, date_of_birth, home_location_id, "
                + "email_consent, sms_consent, registered_at", rows -> chain.clients(client -> rows.uuid(client.id())
                .text(client.firstName()).text(client.lastName()).text(client.email()).text(client.phone())
                .day(client.dateOfBirth()).uuid(client.home().id()).flag(client.emailConsent())
                .flag(client.smsConsent()).at(client.registeredAt()).end()));
        database.copy("course", "id, client_id, location_id, length, opened_at", rows -> chain.bookings(booking -> {
            if (booking.sessionNumber() == 1) {
                rows.uuid(booking.courseId()).uuid(booking.clientId()).uuid(booking.location().id())
                        .number(booking.courseLength()).at(booking.bookedAt()).end();
            }
        }));
        database.copy("booking", "id, client_id, location_id, practitioner_id, time_zone, starts_at, ends_at, "
                + "blocked_until, treatment_areas, concerns, status, holds_slot, screening_outcome, "
                + "screening_reason_codes, earliest_eligible_date, course_id, session_number, course_length, "
                + "booked_at, cancelled_by, cancellation_reason, cancelled_at",
                rows -> chain.bookings(booking -> booking(rows, booking, chain.now())));
        database.copy("booking_request", "idempotency_key, request, booking_id", rows -> chain.bookings(booking ->
                rows.uuid(chain.ids().of(Kind.IDEMPOTENCY_KEY, booking.location().index(), booking.position()))
                        .text(fingerprint(booking)).uuid(booking.id()).end()));
    }

    private static void booking(CopyRows rows, SeededBooking booking, Instant now) {
        Screened screened = Screened.of(booking);
        rows.uuid(booking.id()).uuid(booking.clientId()).uuid(booking.location().id()).uuid(booking.practitionerId())
                .text(booking.location().zone().getId()).at(booking.startsAt()).at(booking.endsAt())
                .at(booking.blockedUntil()).texts(booking.treatmentAreas()).texts(List.of(booking.concern()))
                .text(booking.status().name()).flag(booking.status().holdsSlot());
        if (screened == null) {
            rows.none().none().none();
        } else {
            rows.text(screened.outcome()).texts(screened.reasonCodes()).day(screened.earliestEligible());
        }
        rows.uuid(booking.courseId()).number(booking.sessionNumber()).number(booking.courseLength())
                .at(booking.bookedAt());
        Cancelled cancelled = Cancelled.of(booking, now);
        if (cancelled == null) {
            rows.none().none().none();
        } else {
            rows.text(cancelled.by()).text(cancelled.reason()).at(cancelled.at());
        }
        rows.end();
    }

    /** What POST /bookings stored under the request's Idempotency-Key: the first session opened the course. */
    private static String fingerprint(SeededBooking booking) {
        return String.join("|", booking.clientId().toString(), booking.location().id().toString(),
                booking.practitionerId().toString(), booking.startsAt().toString(),
                booking.treatmentAreas().toString(), List.of(booking.concern()).toString(),
                (booking.sessionNumber() == 1 ? CourseRequest.NEW_DEFAULT
                        : new CourseRequest(booking.courseId(), null)).toString());
    }

    private void eachPractitioner(PractitionerRow row) {
        for (SeededLocation location : chain.locations()) {
            for (int p = 0; p < ChainSize.PRACTITIONERS_PER_LOCATION; p++) {
                row.write(location, p);
            }
        }
    }

    private interface PractitionerRow {
        void write(SeededLocation location, int practitioner);
    }
}
