package io.clinicflow.booking.crm;

import io.clinicflow.avro.common.TimeSlot;
import io.clinicflow.avro.crm.ClientJourneyUpdated;
import io.clinicflow.avro.crm.JourneyOffer;
import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.booking.bookings.BookingRescheduled;
import io.clinicflow.booking.bookings.BookingStatusEvent;
import io.clinicflow.booking.bookings.SessionBooked;
import io.clinicflow.booking.bookings.StatusChange;
import io.clinicflow.booking.clients.ClientErasureRequested;
import io.clinicflow.booking.clients.ClientRegistered;
import io.clinicflow.booking.offers.FollowUpOffer;
import io.clinicflow.booking.offers.FollowUpOfferAccepted;
import io.clinicflow.booking.offers.FollowUpOfferExpired;
import io.clinicflow.booking.offers.FollowUpOffered;
import io.clinicflow.events.Topics;
import io.clinicflow.kernel.Journey;
import io.clinicflow.messaging.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Projects each client's journey onto the CRM topic (ADR 0027) from the same domain events the booking topic gets
 * (ADR 0045), through the outbox, in the transaction of the change. It listens right after events/, so that a client's
 * CRM record follows the booking topic's record of the same change. A booking change the CRM's coarser stage does not
 * show publishes nothing: a repeated stage would itself tell that something clinical happened. Reads only ids, times,
 * the location and the offer: the schema has no field for anything else, and a lint test keeps health data out of it.
 */
@Component
class ClientJourneyListener {

    /** After events/ (HIGHEST_PRECEDENCE): the booking topic's record of a change is appended first. */
    private static final int AFTER_THE_BOOKING_TOPIC = Ordered.HIGHEST_PRECEDENCE + 1;

    private final Outbox outbox;

    ClientJourneyListener(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    @Order(AFTER_THE_BOOKING_TOPIC)
    void on(ClientRegistered event) {
        publish(JourneyStage.REGISTERED, event.journey(), record -> { });
    }

    /** A booking made: BOOKED with its times. */
    @EventListener
    @Order(AFTER_THE_BOOKING_TOPIC)
    void on(SessionBooked event) {
        publish(JourneyStage.BOOKED, event.journey(), booking(event.bookingId(), event.startsAt(), event.endsAt()));
    }

    /** A booking moved: BOOKED again, with its new times. */
    @EventListener
    @Order(AFTER_THE_BOOKING_TOPIC)
    void on(BookingRescheduled event) {
        publish(JourneyStage.BOOKED, event.journey(), booking(event.bookingId(), event.startsAt(), event.endsAt()));
    }

    /** A booking's status changed: published only if its stage changed too. */
    @EventListener
    @Order(AFTER_THE_BOOKING_TOPIC)
    void on(BookingStatusEvent event) {
        StatusChange change = event.change();
        JourneyStage stage = JourneyStage.of(change.to());
        if (stage != JourneyStage.of(change.from())) {
            publish(stage, event.journey(), booking(event.bookingId(), change.startsAt(), change.endsAt()));
        }
    }

    @EventListener
    @Order(AFTER_THE_BOOKING_TOPIC)
    void on(FollowUpOffered event) {
        publish(JourneyStage.OFFERED, event.journey(), offer(event.offer()));
    }

    @EventListener
    @Order(AFTER_THE_BOOKING_TOPIC)
    void on(FollowUpOfferAccepted event) {
        publish(JourneyStage.OFFER_ACCEPTED, event.journey(),
                booking(event.bookingId(), event.startsAt(), event.endsAt()).andThen(offer(event.offer())));
    }

    @EventListener
    @Order(AFTER_THE_BOOKING_TOPIC)
    void on(FollowUpOfferExpired event) {
        publish(JourneyStage.OFFER_EXPIRED, event.journey(), offer(event.offer()));
    }

    /**
     * The client was erased: a tombstone under their key tells CRM subscribers to delete what they hold of them (GDPR
     * asks us to tell the recipients of personal data; ADR 0030). Earlier records carry ids, dates and stages only.
     */
    @EventListener
    @Order(AFTER_THE_BOOKING_TOPIC)
    void on(ClientErasureRequested event) {
        outbox.appendTombstone(Topics.CRM_CLIENT_JOURNEY, event.journey());
    }

    private void publish(JourneyStage stage, Journey journey, Consumer<ClientJourneyUpdated.Builder> about) {
        outbox.append(journey, meta -> {
            ClientJourneyUpdated.Builder record = ClientJourneyUpdated.newBuilder().setMeta(meta)
                    .setStage(io.clinicflow.avro.crm.JourneyStage.valueOf(stage.name()));
            about.accept(record);
            return record.build();
        });
    }

    private static Consumer<ClientJourneyUpdated.Builder> booking(BookingId id, Instant startsAt, Instant endsAt) {
        return record -> record.setBookingId(id.toString()).setStartsAt(startsAt).setEndsAt(endsAt);
    }

    private static Consumer<ClientJourneyUpdated.Builder> offer(FollowUpOffer offer) {
        return record -> record.setOffer(new JourneyOffer(offer.id().toString(), offer.window().start(),
                offer.window().end(), offer.slots().stream()
                .map(slot -> new TimeSlot(slot.startsAt(), slot.endsAt(), slot.practitionerId().toString()))
                .toList()));
    }
}
