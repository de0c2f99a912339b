package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.plans.MessageStatus;

import java.util.UUID;

/** A stored message of a plan, as the send ledger holds it, with the attempts made to deliver it so far. */
record ScheduledMessage(UUID messageId, UUID sessionId, UUID clientId, AftercareStep step, ChannelName channel,
                        MessageStatus status, int attempts) {
}
