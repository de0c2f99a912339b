package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.templates.MessageContent;

/**
 * A way an aftercare message reaches the client. It sends under the message's deterministic id, so a resend after a
 * crash is recognisable as the same message (ADR 0012); a failure throws, and the ledger counts the attempt.
 */
interface Channel {

    /** The plan rows this channel carries. */
    ChannelName name();

    void send(ScheduledMessage message, ClientContact client, MessageContent content);
}
