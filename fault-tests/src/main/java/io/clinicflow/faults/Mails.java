package io.clinicflow.faults;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clients' mailboxes (GreenMail). Each suite client has one session, so (recipient, subject) is (session, step).
 * Two emails for one step with different Message-IDs are a message sent twice; a second copy with the same
 * Message-ID is the documented crash-window resend of ADR 0012, which a deduplicating mail store drops.
 */
record Mails(int sentTwice, int resentWithSameId) {

    private record Mail(String recipient, String subject, String messageId) {
    }

    static Mails of(GreenMail mail, List<ClientJourney> journeys) {
        Set<String> recipients = journeys.stream().map(ClientJourney::email).collect(Collectors.toSet());
        List<Mail> mails = all(mail).stream().filter(m -> recipients.contains(m.recipient())).toList();
        Map<String, Set<String>> idsPerStep = mails.stream().collect(Collectors.groupingBy(
                m -> m.recipient() + "/" + m.subject(), Collectors.mapping(Mail::messageId, Collectors.toSet())));
        Map<String, Long> copiesPerId = mails.stream().collect(Collectors.groupingBy(Mail::messageId, Collectors.counting()));
        return new Mails((int) idsPerStep.values().stream().filter(ids -> ids.size() > 1).count(),
                (int) copiesPerId.values().stream().filter(copies -> copies > 1).count());
    }

    static Set<String> recipients(GreenMail mail) {
        return all(mail).stream().map(Mail::recipient).collect(Collectors.toSet());
    }

    private static List<Mail> all(GreenMail mail) {
        return Arrays.stream(mail.getReceivedMessages()).map(Mails::read).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    message.getMessageID());
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable mail in the store", e);
        }
    }
}
