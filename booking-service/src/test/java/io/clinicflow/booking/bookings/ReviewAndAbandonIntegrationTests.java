package io.clinicflow.booking.bookings;

import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.BookingDeclined;
import io.clinicflow.avro.common.ReviewDecision;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.ScreeningReviewed;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.booking.WithBookedSession;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.events.Topics.BOOKING_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** A practitioner's review and an abandoned session, as session-service reports them. */
@BookingServiceTest
class ReviewAndAbandonIntegrationTests extends WithBookedSession {

    private void holdForReview() {
        session.publish(session.screening(booking, ScreeningOutcome.REVIEW_REQUIRED,
                List.of("FITZPATRICK_TYPE"), null));
        reception.awaitStatus(booking, "PENDING_REVIEW");
    }

    @Test
    void confirmsAHeldBookingTheReviewerApprovesAndRecordsWhoAndWhen() {
        holdForReview();
        ScreeningReviewed approved = session.reviewed(booking, ReviewDecision.APPROVE, mara);

        session.publish(approved);
        session.publish(approved);

        JsonNode view = reception.awaitStatus(booking, "CONFIRMED");
        assertThat(view.path("review").path("decision").asString()).isEqualTo("APPROVE");
        assertThat(view.path("review").path("reviewerId").asString()).isEqualTo(mara);
        assertThat(Reception.time(view.path("review").path("reviewedAt")).toInstant())
                .isEqualTo(approved.getMeta().getOccurredAt());
        assertThat(view.path("screening").path("outcome").asString()).isEqualTo("CLEARED");
        BookingConfirmed confirmed = topics.awaitEvent(BOOKING_EVENTS, BookingConfirmed.class,
                e -> e.getBookingId().equals(booking));
        assertThat(confirmed.getMeta().getCausationId()).isEqualTo(approved.getMeta().getEventId());
        assertThat(topics.eventsOf(BOOKING_EVENTS, BookingConfirmed.class, ada)).hasSize(1);
    }

    @Test
    void declinesAHeldBookingTheReviewerDeclinesAndFreesTheSlot() {
        holdForReview();

        session.publish(session.reviewed(booking, ReviewDecision.DECLINE, mara));

        reception.awaitStatus(booking, "DECLINED");
        topics.awaitEvent(BOOKING_EVENTS, BookingDeclined.class, e -> e.getBookingId().equals(booking));
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00"))).status()).isEqualTo(201);
    }

    @Test
    void aReviewOfABookingNoLongerHeldChangesNothing() {
        session.publish(session.cleared(booking));
        reception.awaitStatus(booking, "CONFIRMED");

        session.publish(session.reviewed(booking, ReviewDecision.DECLINE, mara));
        session.publish(session.started(booking));

        JsonNode view = reception.awaitStatus(booking, "CHECKED_IN");
        assertThat(view.path("review").isNull()).isTrue();
    }

    @Test
    void anAbandonedSessionEndsTheBookingAndStopsItsCourse() {
        String course = reception.booking(booking).path("courseId").asString();
        Map<String, Object> second = bookingRequest(ada, soho, mara, inDays(40, "10:00"));
        second.put("courseId", course);
        String later = reception.book(second).text("id");
        session.publish(session.cleared(booking));
        session.publish(session.started(booking));
        reception.awaitStatus(booking, "CHECKED_IN");

        session.publish(session.abandoned(booking, course));

        reception.awaitStatus(booking, "ABANDONED");
        JsonNode cancelled = reception.awaitStatus(later, "CANCELLED");
        assertThat(cancelled.path("cancellation").path("cancelledBy").asString()).isEqualTo("CLINIC");
        BookingCancelled event = topics.awaitEvent(BOOKING_EVENTS, BookingCancelled.class,
                e -> e.getBookingId().equals(later));
        assertThat(event.getCancelledBy()).isEqualTo("CLINIC");
        assertThat(event.getCourseCancelled()).isTrue();
        assertThat(event.getCourseId()).isEqualTo(course);
        assertThat(ClinicInfrastructure.shared().personalDataSeal().openReason(
                UUID.fromString(event.getMeta().getClientId()), event.getSealedReason()))
                .contains(SessionReports.COURSE_STOPPED);
        assertThat(reception.api.get("/api/v1/courses/" + course).text("status")).isEqualTo("CANCELLED");
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00"))).status()).isEqualTo(201);
    }
}
