package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.sessions.SessionId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** An aftercare message; the email's Message-ID and the SMS gateway's idempotency key carry it. */
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /** Deterministic from (session, step, channel): the same message can only exist, and be sent, once. */
    public static MessageId of(SessionId sessionId, AftercareStep step, ChannelName channel) {
        return new MessageId(UUID.nameUUIDFromBytes((sessionId + ":" + step + ":" + channel)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
