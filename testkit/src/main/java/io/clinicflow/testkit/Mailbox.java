package io.clinicflow.testkit;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** What the SMTP server received, per recipient. */
public final class Mailbox {

    private final GreenMail mail;

    public Mailbox(GreenMail mail) {
        this.mail = mail;
    }

    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> isFor(message, recipient)).toList();
    }

    /** Waits (bounded) until at least {@code count} messages reached the recipient; returns them all. */
    public List<MimeMessage> awaitMessages(String recipient, int count) {
        return await().atMost(TopicProbe.PATIENCE).until(() -> to(recipient), messages -> messages.size() >= count);
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().contains(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
