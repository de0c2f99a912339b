package io.clinicflow.booking.events;

import io.clinicflow.booking.bookings.BookingEvent;
import io.clinicflow.booking.clients.ClientErasureRequested;
import io.clinicflow.booking.clients.ClientRegistered;
import io.clinicflow.booking.offers.OfferEvent;
import io.clinicflow.messaging.Outbox;
import io.clinicflow.privacy.PersonalDataSeal;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The one way out of booking-service (ADR 0045): turns its domain events into the booking topic's Avro records and
 * appends them to the outbox, which stamps their metadata. It runs synchronously in the transaction of the use case
 * that published the event, and first, so that a client's records keep their order (the CRM's after the booking
 * topic's). Check-in, completion and abandonment are no booking topic records: session-service reported them.
 */
@Component
class BookingEventsOutbox {

    private final Outbox outbox;
    private final PersonalDataSeal seal;

    BookingEventsOutbox(Outbox outbox, PersonalDataSeal seal) {
        this.outbox = outbox;
        this.seal = seal;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ClientRegistered event) {
        outbox.append(event.journey(), meta -> BookingEventsAvro.of(event, meta, seal));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ClientErasureRequested event) {
        outbox.append(event.journey(), meta -> BookingEventsAvro.of(event, meta));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(BookingEvent event) {
        outbox.append(event.journey(), meta -> BookingEventsAvro.of(event, meta, seal));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(OfferEvent event) {
        outbox.append(event.journey(), meta -> BookingEventsAvro.of(event, meta));
    }
}
