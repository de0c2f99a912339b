package io.clinicflow.kernel;

import java.util.Objects;
import java.util.UUID;

/**
 * Where an event belongs: the client's journey (correlationId, started by a booking or a registration), the event
 * that caused it, and the client and location it concerns.
 */
public record Journey(String correlationId, String causationId, String clientId, String locationId) {

    public Journey {
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(locationId, "locationId");
    }

    /** A new journey, started by a request rather than by another event. */
    public static Journey start(UUID clientId, UUID locationId) {
        return new Journey(RandomUuid.next().toString(), null, clientId.toString(), locationId.toString());
    }


    public Journey atLocation(UUID locationId) {
        return new Journey(correlationId, causationId, clientId, locationId.toString());
    }
}
