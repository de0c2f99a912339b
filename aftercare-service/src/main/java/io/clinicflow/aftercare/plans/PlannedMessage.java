package io.clinicflow.aftercare.plans;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

/** One message of a plan on one channel; {@code note} says why a SKIPPED channel stays silent. */
public record PlannedMessage(UUID messageId, AftercareStep step, ChannelName channel, ZonedDateTime scheduledFor,
                             MessageStatus status, Optional<String> note) {

    /** Deterministic from (session, step, channel): the same message can only exist, and be sent, once. */
    public static UUID idOf(UUID sessionId, AftercareStep step, ChannelName channel) {
        return UUID.nameUUIDFromBytes((sessionId + ":" + step + ":" + channel).getBytes(StandardCharsets.UTF_8));
    }
}
