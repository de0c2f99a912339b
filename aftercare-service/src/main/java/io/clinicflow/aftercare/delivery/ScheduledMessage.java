package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.plans.MessageId;
import io.clinicflow.aftercare.plans.MessageStatus;
import io.clinicflow.aftercare.sessions.SessionId;

/** A stored message of a plan, as the send ledger holds it, with the attempts made to deliver it so far. */
record ScheduledMessage(MessageId messageId, SessionId sessionId, ClientId clientId, AftercareStep step,
                        ChannelName channel, MessageStatus status, int attempts) {
}
