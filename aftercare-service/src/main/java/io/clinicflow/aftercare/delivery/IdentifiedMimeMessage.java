package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.MessageId;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * An email whose Message-ID is the aftercare message's deterministic id instead of a random one, so a resend after a
 * crash (SMTP accepted, our commit lost) carries the same Message-ID and mail systems can recognise the duplicate.
 */
final class IdentifiedMimeMessage extends MimeMessage {

    private final String messageId;

    IdentifiedMimeMessage(Session session, MessageId messageId) {
        super(session);
        this.messageId = "<" + messageId + "@clinicflow>";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
