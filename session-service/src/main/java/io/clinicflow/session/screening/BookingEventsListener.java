package io.clinicflow.session.screening;

import io.clinicflow.avro.booking.BookingAwaitingDeclaration;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.BookingDeclined;
import io.clinicflow.avro.booking.BookingDeferred;
import io.clinicflow.avro.booking.BookingHeldForReview;
import io.clinicflow.avro.booking.BookingMarkedNoShow;
import io.clinicflow.avro.booking.BookingRescheduled;
import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventJourney;
import io.clinicflow.messaging.PoisonEventException;
import io.clinicflow.privacy.PersonalDataSeal;
import io.clinicflow.session.bookings.Booking;
import io.clinicflow.session.bookings.BookingMirror;
import io.clinicflow.session.bookings.BookingMove;
import io.clinicflow.session.bookings.BookingStatus;
import io.clinicflow.session.bookings.CoursePosition;
import io.clinicflow.session.bookings.TreatmentArea;
import io.clinicflow.session.clients.Client;
import io.clinicflow.session.clients.ClientDirectory;
import io.clinicflow.session.clients.ClientErasure;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * booking-service's events, in one consumer group so that a client's ClientRegistered is always handled before
 * their SessionBooked (same key, same partition). The generated Avro types stop here.
 */
@Component
@KafkaListener(id = "session-on-booking-events", topics = Topics.BOOKING_EVENTS)
class BookingEventsListener {

    private final ClientDirectory clients;
    private final ClientErasure erasure;
    private final PersonalDataSeal seal;
    private final Screener screener;
    private final BookingMirror mirror;

    BookingEventsListener(ClientDirectory clients, ClientErasure erasure, PersonalDataSeal seal, Screener screener,
                          BookingMirror mirror) {
        this.clients = clients;
        this.erasure = erasure;
        this.seal = seal;
        this.screener = screener;
        this.mirror = mirror;
    }

    /** Only the date of birth (the age rule) is opened; none once the client is erased (ADR 0030). */
    @KafkaHandler
    void on(ClientRegistered avro) {
        UUID clientId = uuid(avro.getMeta().getClientId());
        Optional<LocalDate> dateOfBirth = seal.open(clientId, avro.getPersonalData())
                .map(ClientPersonalData::getDateOfBirth);
        clients.register(new Client(clientId, dateOfBirth, avro.getHomeLocationId()), avro.getMeta().getEventId());
    }

    @KafkaHandler
    void on(ClientErasureRequested avro) {
        erasure.erase(uuid(avro.getClientId()), avro.getMeta().getEventId());
    }

    @KafkaHandler
    void on(SessionBooked avro) {
        EventMetadata meta = avro.getMeta();
        Booking booking = new Booking(uuid(avro.getBookingId()), uuid(meta.getClientId()),
                meta.getLocationId(), meta.getCorrelationId(), avro.getPractitionerId(), avro.getStartsAt(),
                avro.getEndsAt(), zone(avro.getTimeZone()),
                avro.getTreatmentAreas().stream().map(area -> TreatmentArea.valueOf(area.name())).toList(),
                new CoursePosition(avro.getCourseId(), avro.getSessionNumber(), avro.getCourseLength()),
                BookingStatus.PENDING_SCREENING, meta.getOccurredAt());
        screener.screenNewBooking(booking, EventJourney.of(meta), meta.getEventId());
    }

    @KafkaHandler
    void on(BookingConfirmed avro) {
        mirror.statusChanged(uuid(avro.getBookingId()), BookingStatus.CONFIRMED, avro.getMeta().getEventId());
    }

    @KafkaHandler
    void on(BookingHeldForReview avro) {
        mirror.statusChanged(uuid(avro.getBookingId()), BookingStatus.PENDING_REVIEW,
                avro.getMeta().getEventId());
    }

    @KafkaHandler
    void on(BookingDeferred avro) {
        mirror.statusChanged(uuid(avro.getBookingId()), BookingStatus.DEFERRED, avro.getMeta().getEventId());
    }

    @KafkaHandler
    void on(BookingDeclined avro) {
        mirror.statusChanged(uuid(avro.getBookingId()), BookingStatus.DECLINED, avro.getMeta().getEventId());
    }

    @KafkaHandler
    void on(BookingAwaitingDeclaration avro) {
        mirror.statusChanged(uuid(avro.getBookingId()), BookingStatus.AWAITING_DECLARATION,
                avro.getMeta().getEventId());
    }

    /** A cancelled booking is never screened again (a new declaration skips CANCELLED). */
    @KafkaHandler
    void on(BookingCancelled avro) {
        mirror.statusChanged(uuid(avro.getBookingId()), BookingStatus.CANCELLED, avro.getMeta().getEventId());
    }

    @KafkaHandler
    void on(BookingMarkedNoShow avro) {
        mirror.statusChanged(uuid(avro.getBookingId()), BookingStatus.NO_SHOW, avro.getMeta().getEventId());
    }

    @KafkaHandler
    void on(BookingRescheduled avro) {
        screener.screenRescheduledBooking(new BookingMove(uuid(avro.getBookingId()), avro.getPractitionerId(),
                avro.getStartsAt(), avro.getEndsAt()), EventJourney.of(avro.getMeta()), avro.getMeta().getEventId());
    }

    /** A readable event with a malformed id can never be handled: straight to the dead-letter topic, unretried. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Not a UUID: " + id);
        }
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new PoisonEventException("Not a time zone: " + timeZone);
        }
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherBookingEvent) {
        // FollowUpOffered, FollowUpOfferAccepted, FollowUpOfferExpired: not session-service's business
    }
}
