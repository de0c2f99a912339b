package io.clinicflow.session.locations;

import java.util.Objects;

/**
 * A location of the chain as booking-service names it in its events; session-service keeps nothing else of it. Text
 * as the events carry it: it is compared with the locations a token covers.
 */
public record LocationId(String value) {

    public LocationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
