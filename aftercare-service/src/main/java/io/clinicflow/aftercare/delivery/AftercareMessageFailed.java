package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.plans.MessageId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;

/** An aftercare message could not be delivered in its last attempt; {@code failure} is technical, no content. */
public record AftercareMessageFailed(MessageId messageId, SessionId sessionId, AftercareStep step, ChannelName channel,
                                     Instant failedAt, int attempts, String failure, Journey journey) {
}
