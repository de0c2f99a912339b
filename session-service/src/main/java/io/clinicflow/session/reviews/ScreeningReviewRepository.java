package io.clinicflow.session.reviews;

import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.screening.ScreeningId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

@Repository
class ScreeningReviewRepository {

    private final JdbcClient jdbc;

    ScreeningReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the review; false when the screening was reviewed already (a concurrent review got there first). */
    boolean add(ScreeningReview review) {
        return jdbc.sql("""
                        insert into screening_review (id, screening_id, booking_id, decision, outcome, reviewer_id,
                                                      note, reviewed_at)
                        values (:id, :screeningId, :bookingId, :decision, :outcome, :reviewerId, :note, :reviewedAt)
                        on conflict (screening_id) do nothing""")
                .param("id", review.id())
                .param("screeningId", review.screeningId().value())
                .param("bookingId", review.bookingId().value())
                .param("decision", review.decision().name())
                .param("outcome", review.outcome().name())
                .param("reviewerId", review.reviewerId())
                .param("note", review.note())
                .param("reviewedAt", Timestamp.from(review.reviewedAt()))
                .update() == 1;
    }

    /** The reviews of the booking's screenings, oldest first. */
    List<ScreeningReview> ofBooking(BookingId bookingId) {
        return jdbc.sql("select * from screening_review where booking_id = :bookingId order by reviewed_at, id")
                .param("bookingId", bookingId.value())
                .query(ScreeningReviewRepository::review)
                .list();
    }

    private static ScreeningReview review(ResultSet rs, int row) throws SQLException {
        return new ScreeningReview(rs.getObject("id", UUID.class),
                new ScreeningId(rs.getObject("screening_id", UUID.class)),
                new BookingId(rs.getObject("booking_id", UUID.class)), ReviewDecision.valueOf(rs.getString("decision")),
                rs.getObject("reviewer_id", UUID.class), rs.getString("note"),
                rs.getTimestamp("reviewed_at").toInstant());
    }
}
