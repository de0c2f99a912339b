package io.clinicflow.aftercare.delivery;

import com.icegreen.greenmail.util.GreenMail;
import io.clinicflow.aftercare.plans.AftercareStep;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The Message-ID of every email the SMTP server has taken for some clients so far, by client: copies show as repeats. */
final class ReceivedMessageIds {

    private final List<CrashClient> clients;
    private final Map<String, List<String>> byRecipient;

    private ReceivedMessageIds(List<CrashClient> clients, Map<String, List<String>> byRecipient) {
        this.clients = clients;
        this.byRecipient = byRecipient;
    }

    static ReceivedMessageIds of(GreenMail mail, List<CrashClient> clients) {
        Set<String> recipients = clients.stream().map(CrashClient::email).collect(Collectors.toSet());
        Map<String, List<String>> ids = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String recipient = recipientOf(message);
            if (recipients.contains(recipient)) {
                ids.computeIfAbsent(recipient, any -> new ArrayList<>()).add(messageIdOf(message));
            }
        }
        return new ReceivedMessageIds(clients, ids);
    }

    /** How many of the clients got the step's email (under its own Message-ID). */
    int clientsWith(AftercareStep step) {
        return (int) clients.stream().filter(client -> copiesOf(client, step) > 0).count();
    }

    /** How many copies of the step's email, under its own Message-ID, the client got. */
    int copiesOf(CrashClient client, AftercareStep step) {
        return Collections.frequency(idsOf(client), client.messageIdOf(step));
    }

    /** The Message-IDs the client's emails carried, whatever their step, each once. */
    Set<String> distinctOf(CrashClient client) {
        return Set.copyOf(idsOf(client));
    }

    private List<String> idsOf(CrashClient client) {
        return byRecipient.getOrDefault(client.email(), List.of());
    }

    /** The one address an aftercare email goes to. */
    static String recipientOf(MimeMessage message) {
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
