package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads a {@link Booking} back from its row: the screening, review and cancellation columns are null until they happen. */
final class BookingRows {

    private BookingRows() {
    }

    static Booking booking(ResultSet row, int number) throws SQLException {
        BookSession session = new BookSession(new ClientId(row.getObject("client_id", UUID.class)),
                new LocationId(row.getObject("location_id", UUID.class)),
                new PractitionerId(row.getObject("practitioner_id", UUID.class)),
                row.getTimestamp("starts_at").toInstant(),
                enums(TreatmentArea.class, row.getArray("treatment_areas")),
                enums(Concern.class, row.getArray("concerns")));
        CoursePosition course = new CoursePosition(row.getObject("course_id", UUID.class), row.getInt("session_number"),
                row.getInt("course_length"));
        return new Booking(new BookingId(row.getObject("id", UUID.class)), session, ZoneId.of(row.getString("time_zone")),
                row.getTimestamp("ends_at").toInstant(), row.getTimestamp("blocked_until").toInstant(), course,
                BookingStatus.valueOf(row.getString("status")), screening(row), review(row), cancellation(row));
    }

    private static Review review(ResultSet row) throws SQLException {
        String decision = row.getString("review_decision");
        return decision == null ? null
                : new Review(decision, row.getString("reviewed_by"), row.getTimestamp("reviewed_at").toInstant());
    }

    private static Cancellation cancellation(ResultSet row) throws SQLException {
        String by = row.getString("cancelled_by");
        return by == null ? null : new Cancellation(CancelledBy.valueOf(by), row.getString("cancellation_reason"),
                row.getTimestamp("cancelled_at").toInstant());
    }

    private static Screening screening(ResultSet row) throws SQLException {
        String outcome = row.getString("screening_outcome");
        if (outcome == null) {
            return null;
        }
        return new Screening(ScreeningOutcome.valueOf(outcome), strings(row.getArray("screening_reason_codes")),
                row.getObject("earliest_eligible_date", LocalDate.class));
    }

    private static <E extends Enum<E>> List<E> enums(Class<E> type, Array array) throws SQLException {
        return strings(array).stream().map(name -> Enum.valueOf(type, name)).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
