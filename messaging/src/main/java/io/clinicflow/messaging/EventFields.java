package io.clinicflow.messaging;

import io.clinicflow.avro.common.EventMetadata;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the text fields of an arriving event as the values they name. A readable event whose id or zone is malformed can
 * never be handled, so it is poison: straight to the dead-letter topic, unretried, with the event and the field named.
 */
public final class EventFields {

    private EventFields() {
    }

    public static UUID uuid(EventMetadata meta, String field, String value) {
        return parse(meta, field, value, "a UUID", UUID::fromString);
    }

    public static ZoneId zone(EventMetadata meta, String field, String value) {
        return parse(meta, field, value, "a time zone", ZoneId::of);
    }

    private static <T> T parse(EventMetadata meta, String field, String value, String what, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
            throw new PoisonEventException(meta.getEventType() + " " + meta.getEventId() + " has a " + field
                    + " that is not " + what + ": " + value);
        }
    }
}
