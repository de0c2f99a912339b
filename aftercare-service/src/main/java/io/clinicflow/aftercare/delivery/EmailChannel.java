package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.templates.MessageContent;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Sends aftercare messages by SMTP, over a connection kept open for the next one: text and HTML alternatives,
 * Message-ID from the message's id.
 */
@Component
class EmailChannel implements Channel {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final SmtpConnections smtp;
    private final String from;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    EmailChannel(SmtpConnections smtp, @Value("${clinicflow.mail.from:aftercare@clinicflow.local}") String from,
                 Clock clock) {
        this.smtp = smtp;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public ChannelName name() {
        return ChannelName.EMAIL;
    }

    /** Hands the message to the SMTP server; a failure throws, so the step is retried. */
    @Override
    public void send(ScheduledMessage message, ClientContact client, MessageContent content) {
        try {
            MimeMessage email = new IdentifiedMimeMessage(session, message.messageId());
            email.setFrom(new InternetAddress(from));
            email.setRecipient(Message.RecipientType.TO, new InternetAddress(client.email()));
            email.setSubject(content.subject(), UTF_8);
            email.setSentDate(Date.from(clock.instant()));
            email.setContent(alternatives(content));
            smtp.send(email);
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot build aftercare email " + message.messageId(), e);
        }
    }

    private static MimeMultipart alternatives(MessageContent content) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), UTF_8, "html");
        return new MimeMultipart("alternative", text, html);
    }
}
