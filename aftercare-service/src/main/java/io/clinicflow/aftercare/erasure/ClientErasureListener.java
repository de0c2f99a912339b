package io.clinicflow.aftercare.erasure;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventFields;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

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
        var clientId = new ClientId(EventFields.uuid(avro.getMeta(), "clientId", avro.getClientId()));
        erasure.erase(clientId, avro.getMeta().getLocationId(), avro.getMeta().getEventId());
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherBookingEvent) {}              // registrations, cancellations, offers: their own listeners
}
