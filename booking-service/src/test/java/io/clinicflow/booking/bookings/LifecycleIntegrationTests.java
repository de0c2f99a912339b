package io.clinicflow.booking.bookings;

import io.clinicflow.avro.booking.BookingAwaitingDeclaration;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.BookingDeclined;
import io.clinicflow.avro.booking.BookingMarkedNoShow;
import io.clinicflow.avro.booking.BookingRescheduled;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.booking.WithBookedSession;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.errorFields;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.booking.Reception.time;
import static io.clinicflow.events.Topics.BOOKING_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** Cancelling, moving and marking no-shows at the front desk, each with its event and nothing else changed. */
@BookingServiceTest
class LifecycleIntegrationTests extends WithBookedSession {

    @Test
    void cancelsABookingFreesTheSlotAndRecordsWhoAndWhy() {
        Response cancelled = reception.cancel(booking, Map.of("cancelledBy", "CLIENT", "reason", "moving house"));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.body().path("cancellation").path("cancelledBy").asString()).isEqualTo("CLIENT");
        assertThat(cancelled.body().path("cancellation").path("reason").asString()).isEqualTo("moving house");
        BookingCancelled event = topics.awaitEvent(BOOKING_EVENTS, BookingCancelled.class,
                e -> e.getBookingId().equals(booking));
        assertThat(event.getMeta().getClientId()).isEqualTo(ada);
        assertThat(event.getCancelledBy()).isEqualTo("CLIENT");
        assertThat(event.getReason()).as("never in clear on the topic (ADR 0043)").isNull();
        assertThat(ClinicInfrastructure.shared().personalDataSeal()
                .openReason(UUID.fromString(ada), event.getSealedReason())).contains("moving house");
        assertThat(event.getCourseId()).isEqualTo(cancelled.text("courseId"));
        assertThat(event.getCourseCancelled()).isFalse();
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00"))).status()).isEqualTo(201);
        assertThat(reception.cancel(booking, Map.of("cancelledBy", "CLINIC")).status()).isEqualTo(409);
    }

    @Test
    void cancellingTheCourseCancelsItsOtherOpenBookingsEachWithAnEvent() {
        String course = reception.booking(booking).path("courseId").asString();
        Map<String, Object> second = bookingRequest(ada, soho, mara, inDays(31, "10:00"));
        second.put("courseId", course);
        String later = reception.book(second).text("id");

        Response cancelled = reception.cancel(booking, Map.of("cancelledBy", "CLINIC", "cancelCourse", true));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(reception.booking(later).path("status").asString()).isEqualTo("CANCELLED");
        for (String id : List.of(booking, later)) {
            BookingCancelled event = topics.awaitEvent(BOOKING_EVENTS, BookingCancelled.class,
                    e -> e.getBookingId().equals(id));
            assertThat(event.getCourseCancelled()).isTrue();
            assertThat(event.getCancelledBy()).isEqualTo("CLINIC");
        }
        JsonNode view = reception.api.get("/api/v1/courses/" + course).body();
        assertThat(view.path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aCancelWithOnlyAReasonIsTheClientsAndFreesTheSlot() {
        Response cancelled = reception.cancel(booking, Map.of("reason", "client asked"));

        assertThat(cancelled.status()).as("%s", cancelled.body()).isEqualTo(200);
        assertThat(cancelled.body().path("cancellation").path("cancelledBy").asString()).isEqualTo("CLIENT");
        assertThat(topics.awaitEvent(BOOKING_EVENTS, BookingCancelled.class, e -> e.getBookingId().equals(booking))
                .getCourseCancelled()).isFalse();
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00"))).status()).isEqualTo(201);
    }

    @Test
    void aCancelWithoutABodyIsTheClientsWithNoReason() {
        Response cancelled = reception.api.post("/api/v1/bookings/" + booking + "/cancel", "");

        assertThat(cancelled.status()).as("%s", cancelled.body()).isEqualTo(200);
        assertThat(cancelled.body().path("cancellation").path("cancelledBy").asString()).isEqualTo("CLIENT");
        assertThat(cancelled.body().path("cancellation").path("reason").isNull()).isTrue();
    }

    @Test
    void refusesToCancelForAnUnknownPartyOrAnUnknownBookingStoringNothing() {
        assertThat(errorFields(reception.cancel(booking, Map.of("cancelledBy", "NEIGHBOUR")))).containsExactly("cancelledBy");
        assertThat(reception.cancel(UUID.randomUUID().toString(), Map.of("cancelledBy", "CLIENT")).status()).isEqualTo(404);
        assertThat(reception.booking(booking).path("status").asString()).isEqualTo("PENDING_SCREENING");
        assertThat(reception.booking(booking).path("cancellation").isNull()).isTrue();
    }

    @Test
    void reschedulesToAnotherFreeTimeAndScreensAgain() {
        session.publish(session.cleared(booking));
        reception.awaitStatus(booking, "CONFIRMED");

        Response moved = reception.reschedule(booking, inDays(3, "15:00"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("status")).isEqualTo("PENDING_SCREENING");
        assertThat(time(moved.body().path("startsAt"))).isEqualTo(inDays(3, "15:00"));
        assertThat(time(moved.body().path("endsAt"))).isEqualTo(inDays(3, "16:00"));
        BookingRescheduled event = topics.awaitEvent(BOOKING_EVENTS, BookingRescheduled.class,
                e -> e.getBookingId().equals(booking));
        assertThat(event.getPreviousStartsAt()).isEqualTo(inDays(2, "10:00").toInstant());
        assertThat(event.getStartsAt()).isEqualTo(inDays(3, "15:00").toInstant());
        assertThat(event.getPractitionerId()).isEqualTo(mara);
        assertThat(event.getMeta().getClientId()).isEqualTo(ada);
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00"))).status()).isEqualTo(201);
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(3, "15:30"))).status()).isEqualTo(409);
    }

    @Test
    void refusesAMoveOffTheRulesAndLeavesTheBookingAsItWas() {
        String other = reception.bookedSession(ada, soho, mara, inDays(4, "10:00"));

        assertThat(errorFields(reception.reschedule(booking, inDays(3, "10:10")))).containsExactly("startsAt");
        assertThat(errorFields(reception.reschedule(booking, inDays(-1, "10:00")))).containsExactly("startsAt");
        assertThat(errorFields(reception.reschedule(booking, inDays(3, "19:30")))).containsExactly("startsAt");
        assertThat(errorFields(reception.api.post("/api/v1/bookings/" + booking + "/reschedule", Map.of())))
                .containsExactly("startsAt");
        assertThat(reception.reschedule(booking, inDays(4, "10:30")).status()).isEqualTo(409);
        assertThat(reception.reschedule(UUID.randomUUID().toString(), inDays(3, "10:00")).status()).isEqualTo(404);

        JsonNode unchanged = reception.booking(booking);
        assertThat(time(unchanged.path("startsAt"))).isEqualTo(inDays(2, "10:00"));
        assertThat(reception.booking(other).path("status").asString()).isEqualTo("PENDING_SCREENING");
        reception.cancel(booking, Map.of("cancelledBy", "CLIENT"));
        assertThat(reception.reschedule(booking, inDays(3, "10:00")).status()).isEqualTo(409);
    }

    @Test
    void marksANoShowOnlyForAConfirmedBookingAfterItsStart() {
        String noShow = "/api/v1/bookings/" + booking + "/no-show";
        assertThat(reception.api.post(noShow, Map.of()).status()).isEqualTo(409);
        session.publish(session.cleared(booking));
        reception.awaitStatus(booking, "CONFIRMED");
        assertThat(reception.api.post(noShow, Map.of()).status()).isEqualTo(409);
        assertThat(reception.booking(booking).path("status").asString()).isEqualTo("CONFIRMED");

        ClinicInfrastructure.shared().clock().advance(Duration.ofDays(3));
        Response marked = reception.api.post(noShow, Map.of());

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.text("status")).isEqualTo("NO_SHOW");
        BookingMarkedNoShow event = topics.awaitEvent(BOOKING_EVENTS, BookingMarkedNoShow.class,
                e -> e.getBookingId().equals(booking));
        assertThat(event.getMeta().getClientId()).isEqualTo(ada);
        assertThat(reception.api.post("/api/v1/bookings/" + UUID.randomUUID() + "/no-show", Map.of()).status())
                .isEqualTo(404);
    }

    @Test
    void announcesAnAwaitedDeclarationAndSendsNoReasonCodesOnTheBookingTopic() {
        session.publish(session.screening(booking, ScreeningOutcome.DECLARATION_REQUIRED, List.of(), null));
        BookingAwaitingDeclaration awaiting = topics.awaitEvent(BOOKING_EVENTS, BookingAwaitingDeclaration.class,
                e -> e.getBookingId().equals(booking));
        assertThat(awaiting.getMeta().getClientId()).isEqualTo(ada);

        session.publish(session.screening(booking, ScreeningOutcome.DECLINED,
                List.of("PREGNANCY_OR_BREASTFEEDING"), null));

        topics.awaitEvent(BOOKING_EVENTS, BookingDeclined.class, e -> e.getBookingId().equals(booking));
        assertThat(topics.rawRecords(BOOKING_EVENTS)).filteredOn(record -> ada.equals(record.key()))
                .isNotEmpty()
                .allSatisfy(record -> assertThat(new String(record.value(), StandardCharsets.ISO_8859_1))
                        .doesNotContain("PREGNANCY"));
    }
}
