package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.plans.MessageId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;

/** An aftercare message was handed to its channel; by its deterministic id, at most once per session, step, channel. */
public record AftercareMessageSent(MessageId messageId, SessionId sessionId, AftercareStep step, ChannelName channel,
                                   Instant sentAt, Journey journey) {
}
