package io.clinicflow.aftercare.plans;

import java.time.ZonedDateTime;
import java.util.Optional;

/** One message of a plan on one channel; {@code note} says why a SKIPPED channel stays silent. */
public record PlannedMessage(MessageId messageId, AftercareStep step, ChannelName channel, ZonedDateTime scheduledFor,
                             MessageStatus status, Optional<String> note) {
}
