package io.clinicflow.session.bookings;

import io.clinicflow.session.clients.ClientId;
import io.clinicflow.session.locations.LocationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
public class BookingRepository {

    private static final String COLUMNS = """
            booking_id, client_id, location_id, correlation_id, practitioner_id, starts_at, ends_at, time_zone,
            treatment_areas, course_id, session_number, course_length, status, booked_at""";

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Booking booking) {
        jdbc.sql("insert into booking (" + COLUMNS + """
                        ) values (:id, :clientId, :locationId, :correlationId, :practitionerId, :startsAt, :endsAt,
                        :timeZone, :areas, :courseId, :sessionNumber, :courseLength, :status, :bookedAt)""")
                .param("id", booking.id().value())
                .param("clientId", booking.clientId().value())
                .param("locationId", booking.locationId().value())
                .param("correlationId", booking.correlationId())
                .param("practitionerId", booking.practitionerId())
                .param("startsAt", Timestamp.from(booking.startsAt()))
                .param("endsAt", Timestamp.from(booking.endsAt()))
                .param("timeZone", booking.timeZone().getId())
                .param("areas", booking.treatmentAreas().stream().map(Enum::name).toArray(String[]::new))
                .param("courseId", booking.course().courseId())
                .param("sessionNumber", booking.course().sessionNumber())
                .param("courseLength", booking.course().courseLength())
                .param("status", booking.status().name())
                .param("bookedAt", Timestamp.from(booking.bookedAt()))
                .update();
    }

    public Optional<Booking> find(BookingId bookingId) {
        return jdbc.sql("select " + COLUMNS + " from booking where booking_id = :id")
                .param("id", bookingId.value()).query(BookingRepository::booking).optional();
    }

    /** The client's bookings in these statuses, oldest booked first. */
    public List<Booking> ofClient(ClientId clientId, Set<BookingStatus> statuses) {
        return jdbc.sql("select " + COLUMNS + " from booking where client_id = :clientId and status in (:statuses)"
                        + " order by booked_at")
                .param("clientId", clientId.value())
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(BookingRepository::booking).list();
    }

    /** The location of the client's most recently booked session, if any. */
    public Optional<LocationId> latestLocationOf(ClientId clientId) {
        return jdbc.sql("select location_id from booking where client_id = :clientId order by booked_at desc limit 1")
                .param("clientId", clientId.value()).query(String.class).optional().map(LocationId::new);
    }

    /** The booking at its new slot, screened anew: PENDING_SCREENING until booking-service hears the outcome. */
    public Booking move(BookingMove move) {
        jdbc.sql("""
                        update booking set practitioner_id = :practitionerId, starts_at = :startsAt, ends_at = :endsAt,
                        status = :status where booking_id = :id""")
                .param("practitionerId", move.practitionerId())
                .param("startsAt", Timestamp.from(move.startsAt()))
                .param("endsAt", Timestamp.from(move.endsAt()))
                .param("status", BookingStatus.PENDING_SCREENING.name())
                .param("id", move.bookingId().value())
                .update();
        return find(move.bookingId()).orElseThrow();
    }

    /** Marks the course's bookings after {@code after} that are not over yet COURSE_STOPPED. */
    public void stopCourse(String courseId, Instant after) {
        jdbc.sql("""
                        update booking set status = :stopped
                        where course_id = :courseId and starts_at > :after and status in (:open)""")
                .param("stopped", BookingStatus.COURSE_STOPPED.name())
                .param("courseId", courseId)
                .param("after", Timestamp.from(after))
                .param("open", BookingStatus.RESCREENABLE.stream().map(Enum::name).toList())
                .update();
    }

    /** Moves the booking to {@code status} unless it is in {@code unless}; true when it moved. */
    public boolean changeStatus(BookingId bookingId, BookingStatus status, Set<BookingStatus> unless) {
        return jdbc.sql("update booking set status = :status where booking_id = :id and status not in (:unless)")
                .param("status", status.name())
                .param("id", bookingId.value())
                .param("unless", unless.stream().map(Enum::name).toList())
                .update() == 1;
    }

    /** Moves the booking from {@code from} to {@code to}; false when it was not in {@code from}. */
    public boolean moveStatus(BookingId bookingId, BookingStatus from, BookingStatus to) {
        return jdbc.sql("update booking set status = :to where booking_id = :id and status = :from")
                .param("to", to.name())
                .param("id", bookingId.value())
                .param("from", from.name())
                .update() == 1;
    }

    private static Booking booking(ResultSet rs, int row) throws SQLException {
        List<TreatmentArea> areas = Arrays.stream((String[]) rs.getArray("treatment_areas").getArray())
                .map(TreatmentArea::valueOf).toList();
        return new Booking(new BookingId(rs.getObject("booking_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), new LocationId(rs.getString("location_id")),
                rs.getString("correlation_id"), rs.getString("practitioner_id"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                ZoneId.of(rs.getString("time_zone")), areas,
                new CoursePosition(rs.getString("course_id"), rs.getInt("session_number"), rs.getInt("course_length")),
                BookingStatus.valueOf(rs.getString("status")), rs.getTimestamp("booked_at").toInstant());
    }
}
