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
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventBatches;
import io.clinicflow.messaging.EventJourney;
import io.clinicflow.messaging.EventFields;
import io.clinicflow.privacy.PersonalDataSeal;
import io.clinicflow.session.bookings.Booking;
import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.bookings.BookingMirror;
import io.clinicflow.session.bookings.BookingMove;
import io.clinicflow.session.bookings.BookingStatus;
import io.clinicflow.session.bookings.CoursePosition;
import io.clinicflow.session.bookings.TreatmentArea;
import io.clinicflow.session.clients.Client;
import io.clinicflow.session.clients.ClientDirectory;
import io.clinicflow.session.clients.ClientErasure;
import io.clinicflow.session.clients.ClientId;
import io.clinicflow.session.locations.LocationId;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * booking-service's events, in one consumer group so that a client's ClientRegistered is always handled before
 * their SessionBooked (same key, same partition); a poll's records in one transaction (EventBatches, ADR 0053).
 * The generated Avro types stop here.
 */
@Component
class BookingEventsListener {

    /**
     * The events by which booking-service decides a booking's status, all of one shape: meta and bookingId. A
     * cancelled booking is never screened again (a new declaration skips CANCELLED).
     */
    private static final Map<Class<? extends SpecificRecord>, BookingStatus> STATUS_AFTER = Map.of(
            BookingConfirmed.class, BookingStatus.CONFIRMED,
            BookingHeldForReview.class, BookingStatus.PENDING_REVIEW,
            BookingDeferred.class, BookingStatus.DEFERRED,
            BookingDeclined.class, BookingStatus.DECLINED,
            BookingAwaitingDeclaration.class, BookingStatus.AWAITING_DECLARATION,
            BookingCancelled.class, BookingStatus.CANCELLED,
            BookingMarkedNoShow.class, BookingStatus.NO_SHOW);
    private static final String BOOKING_ID = "bookingId";
    private static final String CLIENT_ID = "clientId";

    private final ClientDirectory clients;
    private final ClientErasure erasure;
    private final PersonalDataSeal seal;
    private final Screener screener;
    private final BookingMirror mirror;
    private final EventBatches batches;

    BookingEventsListener(ClientDirectory clients, ClientErasure erasure, PersonalDataSeal seal, Screener screener,
                          BookingMirror mirror, EventBatches batches) {
        this.clients = clients;
        this.erasure = erasure;
        this.seal = seal;
        this.screener = screener;
        this.mirror = mirror;
        this.batches = batches;
    }

    @KafkaListener(id = "session-on-booking-events", topics = Topics.BOOKING_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        batches.handle(records, this::handle);
    }

    /** booking-service's decisions about a booking are one table: each moves session's copy to its status. */
    private void handle(Object event) {
        switch (event) {
            case ClientRegistered registered -> register(registered);
            case ClientErasureRequested erasureRequested -> erase(erasureRequested);
            case SessionBooked booked -> screen(booked);
            case BookingRescheduled rescheduled -> screen(rescheduled);
            default -> statusChange(event).ifPresent(change ->
                    mirror.statusChanged(change.bookingId(), change.status(), change.eventId()));
        }
    }

    /** Only the date of birth (the age rule) is opened; none once the client is erased (ADR 0030). */
    private void register(ClientRegistered avro) {
        UUID clientId = EventFields.uuid(avro.getMeta(), CLIENT_ID, avro.getMeta().getClientId());
        Optional<LocalDate> dateOfBirth = seal.open(clientId, avro.getPersonalData())
                .map(ClientPersonalData::getDateOfBirth);
        clients.register(new Client(new ClientId(clientId), dateOfBirth, new LocationId(avro.getHomeLocationId())),
                avro.getMeta().getEventId());
    }

    private void erase(ClientErasureRequested avro) {
        erasure.erase(new ClientId(EventFields.uuid(avro.getMeta(), CLIENT_ID, avro.getClientId())),
                avro.getMeta().getEventId());
    }

    private void screen(SessionBooked avro) {
        EventMetadata meta = avro.getMeta();
        Booking booking = new Booking(bookingId(meta, avro.getBookingId()),
                new ClientId(EventFields.uuid(meta, CLIENT_ID, meta.getClientId())),
                new LocationId(meta.getLocationId()), meta.getCorrelationId(), avro.getPractitionerId(),
                avro.getStartsAt(), avro.getEndsAt(), EventFields.zone(meta, "timeZone", avro.getTimeZone()),
                avro.getTreatmentAreas().stream().map(area -> TreatmentArea.valueOf(area.name())).toList(),
                new CoursePosition(avro.getCourseId(), avro.getSessionNumber(), avro.getCourseLength()),
                BookingStatus.PENDING_SCREENING, meta.getOccurredAt());
        screener.screenNewBooking(booking, EventJourney.of(meta), meta.getEventId());
    }

    private void screen(BookingRescheduled avro) {
        EventMetadata meta = avro.getMeta();
        screener.screenRescheduledBooking(new BookingMove(bookingId(meta, avro.getBookingId()),
                avro.getPractitionerId(), avro.getStartsAt(), avro.getEndsAt()), EventJourney.of(meta),
                meta.getEventId());
    }

    /**
     * The status a booking-service event moves a booking to, with the booking and the event (for the inbox); empty
     * for the events that are not session-service's business (FollowUpOffered, FollowUpOfferAccepted, …).
     */
    static Optional<StatusChange> statusChange(Object bookingEvent) {
        if (!(bookingEvent instanceof SpecificRecord avro && STATUS_AFTER.containsKey(avro.getClass()))) {
            return Optional.empty();
        }
        EventMetadata meta = EventCatalog.metaOf(avro);
        Object bookingId = avro.get(avro.getSchema().getField(BOOKING_ID).pos());
        return Optional.of(new StatusChange(bookingId(meta, String.valueOf(bookingId)),
                STATUS_AFTER.get(avro.getClass()), meta.getEventId()));
    }

    record StatusChange(BookingId bookingId, BookingStatus status, String eventId) {
    }

    private static BookingId bookingId(EventMetadata meta, String bookingId) {
        return new BookingId(EventFields.uuid(meta, BOOKING_ID, bookingId));
    }
}
