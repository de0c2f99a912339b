package io.clinicflow.aftercare.clients;

import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventFields;
import io.clinicflow.privacy.PersonalDataSeal;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
@KafkaListener(id = "aftercare-on-booking-events", topics = Topics.BOOKING_EVENTS)
class ClientRegisteredListener {                        // the generated Avro types stop here

    private final ClientContacts contacts;
    private final PersonalDataSeal seal;

    ClientRegisteredListener(ClientContacts contacts, PersonalDataSeal seal) {
        this.contacts = contacts;
        this.seal = seal;
    }

    /** Opens name and addresses with the client's key; a client erased meanwhile has none (ADR 0030). */
    @KafkaHandler
    void on(ClientRegistered avro) {
        var clientId = new ClientId(EventFields.uuid(avro.getMeta(), "clientId", avro.getMeta().getClientId()));
        String eventId = avro.getMeta().getEventId();
        seal.open(clientId.value(), avro.getPersonalData()).ifPresentOrElse(
                personal -> contacts.register(new ClientContact(clientId, personal.getFirstName(), personal.getEmail(),
                        Optional.ofNullable(personal.getPhone()),
                        new Consent(avro.getEmailConsent(), avro.getSmsConsent())), avro.getHomeLocationId(), eventId),
                () -> contacts.registerErased(clientId, avro.getHomeLocationId(), eventId));
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherBookingEvent) {}              // cancellations and offers have their own listeners
}
