package io.clinicflow.aftercare.delivery;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Message-ID of every email the SMTP server took for some recipients, by recipient: copies show as repeats. */
final class ReceivedMessageIds {

    private ReceivedMessageIds() {
    }

    static Map<String, List<String>> byRecipient(GreenMail mail, Set<String> recipients) {
        Map<String, List<String>> ids = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String recipient = recipientOf(message);
            if (recipients.contains(recipient)) {
                ids.computeIfAbsent(recipient, any -> new ArrayList<>()).add(messageIdOf(message));
            }
        }
        return ids;
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
