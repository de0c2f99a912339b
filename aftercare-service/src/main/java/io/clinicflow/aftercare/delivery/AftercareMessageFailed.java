package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.util.UUID;

/** An aftercare message could not be delivered in its last attempt; {@code failure} is technical, no content. */
public record AftercareMessageFailed(UUID messageId, UUID sessionId, AftercareStep step, ChannelName channel,
                                     Instant failedAt, int attempts, String failure, Journey journey) {
}
