package io.clinicflow.aftercare.clients;

import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.PoisonEventException;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

@Component
@KafkaListener(id = "aftercare-on-booking-events", topics = Topics.BOOKING_EVENTS)
class ClientRegisteredListener {                        // the generated Avro types stop here

    private final ClientContacts contacts;

    ClientRegisteredListener(ClientContacts contacts) {
        this.contacts = contacts;
    }

    @KafkaHandler
    void on(ClientRegistered avro) {
        contacts.register(new ClientContact(clientIdOf(avro), avro.getFirstName(), avro.getEmail(),
                Optional.ofNullable(avro.getPhone()), new Consent(avro.getEmailConsent(), avro.getSmsConsent())),
                avro.getHomeLocationId(), avro.getMeta().getEventId());
    }

    private static UUID clientIdOf(ClientRegistered avro) {
        try {
            return UUID.fromString(avro.getMeta().getClientId());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("ClientRegistered with a clientId that is no UUID: " + avro.getMeta());
        }
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherBookingEvent) {}              // cancellations and offers have their own listeners
}
