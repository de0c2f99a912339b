package io.clinicflow.messaging;

import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.kernel.Journey;

/** The journey an arriving event belongs to, read from its envelope: the domain's {@link Journey} knows no Avro. */
public final class EventJourney {

    private EventJourney() {
    }

    /** The journey of the event that caused this one. */
    public static Journey of(EventMetadata cause) {
        return new Journey(cause.getCorrelationId(), cause.getEventId(), cause.getClientId(), cause.getLocationId());
    }
}
