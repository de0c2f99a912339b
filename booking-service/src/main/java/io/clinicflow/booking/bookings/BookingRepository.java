package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.HeldPeriod;
import io.clinicflow.booking.availability.HeldSlots;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.courses.CourseSession;
import io.clinicflow.booking.courses.CourseSessions;
import io.clinicflow.booking.locations.CoveredLocations;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.kernel.Page;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class BookingRepository implements HeldSlots, CourseSessions {

    /** PostgreSQL's exclusion_violation: the no-double-booking constraint refused the row. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new booking; the database refuses one that overlaps a held slot of the same practitioner. */
    void add(Booking booking, Instant bookedAt) {
        try {
            jdbc.sql("""
                            insert into booking (id, client_id, location_id, practitioner_id, time_zone, starts_at, ends_at,
                                blocked_until, treatment_areas, concerns, status, holds_slot, course_id, session_number,
                                course_length, booked_at)
                            values (:id, :clientId, :locationId, :practitionerId, :timeZone, :startsAt, :endsAt,
                                :blockedUntil, :treatmentAreas, :concerns, :status, :holdsSlot, :courseId, :sessionNumber,
                                :courseLength, :bookedAt)""")
                    .param("id", booking.id().value())
                    .param("clientId", booking.clientId().value())
                    .param("locationId", booking.locationId().value())
                    .param("practitionerId", booking.practitionerId().value())
                    .param("timeZone", booking.timeZone().getId())
                    .param("startsAt", Timestamp.from(booking.startsAt()))
                    .param("endsAt", Timestamp.from(booking.endsAt()))
                    .param("blockedUntil", Timestamp.from(booking.blockedUntil()))
                    .param("treatmentAreas", names(booking.treatmentAreas()))
                    .param("concerns", names(booking.concerns()))
                    .param("status", booking.status().name())
                    .param("holdsSlot", booking.status().holdsSlot())
                    .param("courseId", booking.course().courseId())
                    .param("sessionNumber", booking.course().sessionNumber())
                    .param("courseLength", booking.course().courseLength())
                    .param("bookedAt", Timestamp.from(bookedAt))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw doubleBooking(e, booking);
        }
    }

    private static RuntimeException doubleBooking(DataIntegrityViolationException e, Booking booking) {
        if (e.getMostSpecificCause() instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
            return new PractitionerAlreadyBooked(booking.practitionerId(), booking.startsAt());
        }
        return e;
    }

    /** Writes every change a transition can make; moving into a held slot is refused like a new booking. */
    void update(Booking booking) {
        Optional<Screening> screening = booking.screening();
        Optional<Review> review = booking.review();
        Optional<Cancellation> cancellation = booking.cancellation();
        try {
            jdbc.sql("""
                            update booking set status = :status, holds_slot = :holdsSlot, practitioner_id = :practitionerId,
                                starts_at = :startsAt, ends_at = :endsAt, blocked_until = :blockedUntil,
                                screening_outcome = :outcome, screening_reason_codes = :reasonCodes,
                                earliest_eligible_date = :earliestEligibleDate, review_decision = :decision,
                                reviewed_by = :reviewer, reviewed_at = :reviewedAt, cancelled_by = :cancelledBy,
                                cancellation_reason = :cancellationReason, cancelled_at = :cancelledAt
                            where id = :id""")
                    .param("id", booking.id().value())
                    .param("status", booking.status().name())
                    .param("holdsSlot", booking.status().holdsSlot())
                    .param("practitionerId", booking.practitionerId().value())
                    .param("startsAt", Timestamp.from(booking.startsAt()))
                    .param("endsAt", Timestamp.from(booking.endsAt()))
                    .param("blockedUntil", Timestamp.from(booking.blockedUntil()))
                    .param("outcome", screening.map(s -> s.outcome().name()).orElse(null))
                    .param("reasonCodes", screening.map(s -> s.reasonCodes().toArray(String[]::new)).orElse(null))
                    .param("earliestEligibleDate", screening.map(Screening::earliestEligibleDate).orElse(null))
                    .param("decision", review.map(Review::decision).orElse(null))
                    .param("reviewer", review.map(Review::reviewerId).orElse(null))
                    .param("reviewedAt", review.map(r -> Timestamp.from(r.reviewedAt())).orElse(null))
                    .param("cancelledBy", cancellation.map(c -> c.cancelledBy().name()).orElse(null))
                    .param("cancellationReason", cancellation.map(Cancellation::reason).orElse(null))
                    .param("cancelledAt", cancellation.map(c -> Timestamp.from(c.cancelledAt())).orElse(null))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw doubleBooking(e, booking);
        }
    }

    /** The booking, locked against concurrent state changes until the transaction ends. */
    Optional<Booking> lock(BookingId id) {
        return jdbc.sql("select * from booking where id = :id for update").param("id", id.value())
                .query(BookingRows::booking).optional();
    }

    Optional<Booking> find(BookingId id) {
        return jdbc.sql("select * from booking where id = :id").param("id", id.value())
                .query(BookingRows::booking).optional();
    }

    /** A page of the client's bookings at the covered locations, in time order. */
    List<Booking> ofClient(ClientId client, CoveredLocations covered, Page page) {
        return jdbc.sql("""
                        select * from booking where client_id = :client and location_id = any(cast(:covered as uuid[]))
                        order by starts_at, id limit :limit offset :offset""")
                .param("client", client.value())
                .param("covered", covered.sql()).param("limit", page.limit()).param("offset", page.offset())
                .query(BookingRows::booking).list();
    }

    /** A page of the bookings (of any status) starting in [from, until) at a location, in time order: the day. */
    List<Booking> atLocation(LocationId location, Instant from, Instant until, Page page) {
        return jdbc.sql("""
                        select * from booking where location_id = :location and starts_at >= :from and starts_at < :until
                        order by starts_at, id limit :limit offset :offset""")
                .param("location", location.value())
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .param("limit", page.limit()).param("offset", page.offset())
                .query(BookingRows::booking).list();
    }

    /** The bookings of a course, in session order. */
    List<Booking> ofCourse(UUID course) {
        return jdbc.sql("select * from booking where course_id = :course order by session_number, starts_at, id")
                .param("course", course)
                .query(BookingRows::booking).list();
    }

    @Override
    public List<CourseSession> of(UUID courseId) {
        return ofCourse(courseId).stream().map(booking -> new CourseSession(booking.id().value(),
                booking.course().sessionNumber(), booking.startsAt().atZone(booking.timeZone()).toOffsetDateTime(),
                booking.status().name())).toList();
    }

    @Override
    public boolean anyHeldAt(LocationId location, Instant from, Instant until) {
        return jdbc.sql("""
                        select exists (select 1 from booking
                        where location_id = :location and holds_slot and starts_at < :until and blocked_until > :from)""")
                .param("location", location.value())
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query(Boolean.class).single();
    }

    /**
     * Written as the no-double-booking constraint's overlap, so that its index finds the day's slots; compared column
     * by column, the index found every slot the practitioner holds, however far ahead (issue 19, ADR 0058).
     */
    @Override
    public List<HeldPeriod> heldBy(PractitionerId practitioner, Instant from, Instant until) {
        return jdbc.sql("""
                        select starts_at, blocked_until from booking
                        where practitioner_id = :practitioner and holds_slot
                          and tstzrange(starts_at, blocked_until) && tstzrange(:from, :until)""")
                .param("practitioner", practitioner.value())
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((row, number) -> new HeldPeriod(row.getTimestamp("starts_at").toInstant(),
                        row.getTimestamp("blocked_until").toInstant()))
                .list();
    }

    /**
     * Claims an Idempotency-Key for a request. Empty when the key is new; otherwise the request and booking it was
     * first used for. A concurrent first use of the same key makes this wait until that transaction ends.
     */
    Optional<EarlierRequest> claim(String key, String request, BookingId booking) {
        int claimed = jdbc.sql("""
                        insert into booking_request (idempotency_key, request, booking_id) values (:key, :request, :booking)
                        on conflict do nothing""")
                .param("key", key).param("request", request).param("booking", booking.value())
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("select request, booking_id from booking_request where idempotency_key = :key")
                .param("key", key)
                .query((row, number) -> new EarlierRequest(row.getString("request"),
                        new BookingId(row.getObject("booking_id", UUID.class))))
                .optional();
    }

    record EarlierRequest(String request, BookingId booking) {
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }
}
