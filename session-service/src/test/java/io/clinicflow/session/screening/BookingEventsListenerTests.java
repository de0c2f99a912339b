package io.clinicflow.session.screening;

import io.clinicflow.avro.booking.BookingAwaitingDeclaration;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.BookingDeclined;
import io.clinicflow.avro.booking.BookingDeferred;
import io.clinicflow.avro.booking.BookingHeldForReview;
import io.clinicflow.avro.booking.BookingMarkedNoShow;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.messaging.PoisonEventException;
import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.bookings.BookingStatus;
import io.clinicflow.session.screening.BookingEventsListener.StatusChange;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The one table of booking-service's status decisions: each event moves session's copy of the booking once. */
class BookingEventsListenerTests {

    private static final UUID BOOKING = UUID.fromString("6f1c1a52-8d0e-4a57-9a43-0e7f7c1d2b10");

    static Stream<Arguments> statusEvents() {
        return Stream.of(
                arguments(new BookingConfirmed(), BookingStatus.CONFIRMED),
                arguments(new BookingHeldForReview(), BookingStatus.PENDING_REVIEW),
                arguments(new BookingDeferred(), BookingStatus.DEFERRED),
                arguments(new BookingDeclined(), BookingStatus.DECLINED),
                arguments(new BookingAwaitingDeclaration(), BookingStatus.AWAITING_DECLARATION),
                arguments(new BookingCancelled(), BookingStatus.CANCELLED),
                arguments(new BookingMarkedNoShow(), BookingStatus.NO_SHOW));
    }

    @ParameterizedTest(name = "{0} moves the booking to {1}")
    @MethodSource("statusEvents")
    void movesTheBookingToTheStatusBookingServiceDecided(SpecificRecordBase event, BookingStatus status) {
        String eventId = UUID.randomUUID().toString();
        event.put("meta", meta(event, eventId));
        event.put("bookingId", BOOKING.toString());

        assertThat(BookingEventsListener.statusChange(event)).contains(new StatusChange(new BookingId(BOOKING), status, eventId));
    }

    @Test
    void leavesOffersAndUnknownPayloadsAlone() {
        FollowUpOffered offer = new FollowUpOffered();
        offer.put("meta", meta(offer, UUID.randomUUID().toString()));

        assertThat(BookingEventsListener.statusChange(offer)).isEmpty();
        assertThat(BookingEventsListener.statusChange("not an event")).isEmpty();
    }

    @Test
    void treatsABookingIdThatIsNoUuidAsPoison() {
        BookingConfirmed confirmed = new BookingConfirmed();
        confirmed.put("meta", meta(confirmed, UUID.randomUUID().toString()));
        confirmed.put("bookingId", "booking-1");

        assertThatThrownBy(() -> BookingEventsListener.statusChange(confirmed))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("BookingConfirmed").hasMessageContaining("bookingId")
                .hasMessageContaining("booking-1");
    }

    private static EventMetadata meta(SpecificRecordBase event, String eventId) {
        EventMetadata meta = new EventMetadata();
        meta.setEventId(eventId);
        meta.setEventType(event.getSchema().getName());
        return meta;
    }
}
