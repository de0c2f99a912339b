package io.clinicflow.aftercare.inbound;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.clients.Consent;
import io.clinicflow.aftercare.erasure.ClientErasure;
import io.clinicflow.aftercare.offers.FollowUpOffer;
import io.clinicflow.aftercare.offers.FollowUpOffers;
import io.clinicflow.aftercare.offers.OfferId;
import io.clinicflow.aftercare.offers.OfferedSlot;
import io.clinicflow.aftercare.plans.AftercarePlanner;
import io.clinicflow.aftercare.plans.CourseId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventBatches;
import io.clinicflow.messaging.EventFields;
import io.clinicflow.privacy.PersonalDataSeal;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * booking-service's events, in one consumer group for all of aftercare's features (ADR 0054): one poll, one
 * deserialisation per record, and a client's events handled in the order booking-service published them (same key,
 * same partition), so an erasure is never handled before the registration it erases. Each event goes to its feature's
 * use case, whose inbox (under its own consumer name) recognises a redelivery; a poll's records in one transaction
 * (EventBatches, ADR 0053). The generated Avro types stop here.
 */
@Component
class BookingEventsListener {

    private final ClientContacts contacts;
    private final PersonalDataSeal seal;
    private final AftercarePlanner planner;
    private final FollowUpOffers offers;
    private final ClientErasure erasure;
    private final EventBatches batches;

    BookingEventsListener(ClientContacts contacts, PersonalDataSeal seal, AftercarePlanner planner,
                          FollowUpOffers offers, ClientErasure erasure, EventBatches batches) {
        this.contacts = contacts;
        this.seal = seal;
        this.planner = planner;
        this.offers = offers;
        this.erasure = erasure;
        this.batches = batches;
    }

    @KafkaListener(id = "aftercare-on-booking-events-v2", topics = Topics.BOOKING_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        batches.handle(records, this::handle);
    }

    private void handle(Object event) {
        switch (event) {
            case ClientRegistered registered -> register(registered);
            case BookingCancelled cancelled -> cancelCourse(cancelled);
            case FollowUpOffered offered -> announce(offered);
            case ClientErasureRequested erasureRequested -> erase(erasureRequested);
            default -> {
                // bookings, screenings, courses: not aftercare's business
            }
        }
    }

    /** Opens name and addresses with the client's key; a client erased meanwhile has none (ADR 0030). */
    private void register(ClientRegistered avro) {
        var clientId = new ClientId(EventFields.uuid(avro.getMeta(), "clientId", avro.getMeta().getClientId()));
        String eventId = avro.getMeta().getEventId();
        seal.open(clientId.value(), avro.getPersonalData()).ifPresentOrElse(
                personal -> contacts.register(new ClientContact(clientId, personal.getFirstName(), personal.getEmail(),
                        Optional.ofNullable(personal.getPhone()),
                        new Consent(avro.getEmailConsent(), avro.getSmsConsent())), avro.getHomeLocationId(), eventId),
                () -> contacts.registerErased(clientId, avro.getHomeLocationId(), eventId));
    }

    /** Only a cancelled course stops aftercare: a single cancelled booking has no plan (it was never treated). */
    private void cancelCourse(BookingCancelled avro) {
        if (avro.getCourseCancelled()) {
            EventMetadata meta = avro.getMeta();
            planner.cancelCourse(new CourseId(EventFields.uuid(meta, "courseId", avro.getCourseId())),
                    meta.getEventId());
        }
    }

    private void announce(FollowUpOffered avro) {
        EventMetadata meta = avro.getMeta();
        offers.announce(new FollowUpOffer(new OfferId(EventFields.uuid(meta, "offerId", avro.getOfferId())),
                new SessionId(EventFields.uuid(meta, "sessionId", avro.getSessionId())),
                avro.getSlots().stream().map(slot -> new OfferedSlot(slot.getStartsAt(), slot.getEndsAt(),
                        EventFields.uuid(meta, "practitionerId", slot.getPractitionerId()))).toList()),
                meta.getEventId());
    }

    /** meta.locationId is the client's home location: booking-service starts the erasure's journey there. */
    private void erase(ClientErasureRequested avro) {
        var clientId = new ClientId(EventFields.uuid(avro.getMeta(), "clientId", avro.getClientId()));
        erasure.erase(clientId, avro.getMeta().getLocationId(), avro.getMeta().getEventId());
    }
}
