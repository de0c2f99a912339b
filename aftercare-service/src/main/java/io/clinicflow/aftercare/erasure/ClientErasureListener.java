package io.clinicflow.aftercare.erasure;

import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.PoisonEventException;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
@KafkaListener(id = "aftercare-erasure-on-booking-events", topics = Topics.BOOKING_EVENTS)
class ClientErasureListener {                           // the generated Avro types stop here

    private final ClientErasure erasure;

    ClientErasureListener(ClientErasure erasure) {
        this.erasure = erasure;
    }

    /** meta.locationId is the client's home location: booking-service starts the erasure's journey there. */
    @KafkaHandler
    void on(ClientErasureRequested avro) {
        erasure.erase(clientIdOf(avro), avro.getMeta().getLocationId(), avro.getMeta().getEventId());
    }

    private static UUID clientIdOf(ClientErasureRequested avro) {
        try {
            return UUID.fromString(avro.getClientId());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("ClientErasureRequested with a clientId that is no UUID: " + avro.getMeta());
        }
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherBookingEvent) {}              // registrations, cancellations, offers: their own listeners
}
