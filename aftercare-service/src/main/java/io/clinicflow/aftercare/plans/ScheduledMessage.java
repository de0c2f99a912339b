package io.clinicflow.aftercare.plans;

import java.util.UUID;

/** A stored message of a plan, as delivery sees it, with the attempts made to deliver it so far. */
public record ScheduledMessage(UUID messageId, UUID sessionId, UUID clientId, AftercareStep step, Channel channel,
                               MessageStatus status, int attempts) {
}
