package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.sessions.SessionId;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** A stored plan as the client's aftercare overview shows it; times in the location's zone. */
public record StartedPlan(SessionId sessionId, ZonedDateTime startedAt, List<Message> messages) {

    /** A message on its channel, or a milestone step still due (no channel); {@code note} says why it waits or not. */
    public record Message(AftercareStep step, Optional<ChannelName> channel, ZonedDateTime scheduledFor,
                          Optional<ZonedDateTime> sentAt, MessageStatus status, Optional<String> note) {
    }
}
