package io.clinicflow.aftercare.sessions;

import java.util.Objects;
import java.util.UUID;

/** A treatment session aftercare follows, by session-service's id (a session's id is its booking's). */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
