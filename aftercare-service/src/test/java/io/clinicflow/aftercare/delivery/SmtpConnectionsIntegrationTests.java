package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.clients.Consent;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.plans.MessageId;
import io.clinicflow.aftercare.plans.MessageStatus;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.aftercare.templates.MessageContent;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ADR 0054: the email channel keeps its SMTP connection open from one email to the next, on GreenMail through a link
 * that counts the connections opened; one the server hung up is replaced before an email is sent on it.
 */
class SmtpConnectionsIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final MessageContent DAY0 =
            new MessageContent("Your aftercare", "Keep the area clean.", "<p>Keep the area clean.</p>", "unused");

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private final SlowSmtpLink link = SlowSmtpLink.to(infrastructure.smtpPort(), Duration.ZERO);
    private final SmtpConnections smtp = new SmtpConnections(mailSenderThrough(link));
    private final EmailChannel email = new EmailChannel(smtp, "aftercare@clinicflow.local", Clock.systemUTC());
    private final String domain = "clinic-" + UUID.randomUUID() + ".example";

    @AfterEach
    void closeConnectionsAndLink() {
        try {
            smtp.close();
        } finally {
            link.close();
        }
    }

    @Test
    void sendsSuccessiveEmailsOverOneConnection() {
        List<ClientContact> clients = IntStream.range(0, 5).mapToObj(this::client).toList();

        clients.forEach(this::sendDay0To);

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(recipientsReached()).containsExactlyInAnyOrderElementsOf(emailsOf(clients)));
        assertThat(link.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void replacesAConnectionTheServerHungUpInsteadOfFailingTheEmail() {
        List<ClientContact> clients = List.of(client(0), client(1));
        sendDay0To(clients.getFirst());

        link.dropConnections();
        sendDay0To(clients.getLast());      // sent on the dropped connection, this would throw

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(recipientsReached()).containsExactlyInAnyOrderElementsOf(emailsOf(clients)));
        assertThat(link.connectionsOpened()).isEqualTo(2);
    }

    private void sendDay0To(ClientContact client) {
        var sessionId = new SessionId(UUID.randomUUID());
        email.send(new ScheduledMessage(MessageId.of(sessionId, AftercareStep.DAY0_INSTRUCTIONS, ChannelName.EMAIL),
                sessionId, client.clientId(), AftercareStep.DAY0_INSTRUCTIONS, ChannelName.EMAIL,
                MessageStatus.SCHEDULED, 0), client, DAY0);
    }

    private ClientContact client(int number) {
        return new ClientContact(new ClientId(UUID.randomUUID()), "Ada", "ada" + number + "@" + domain,
                Optional.empty(), new Consent(true, false));
    }

    private List<String> recipientsReached() {
        return Arrays.stream(infrastructure.mail().getReceivedMessagesForDomain(domain))
                .map(ReceivedMessageIds::recipientOf).toList();
    }

    private static List<String> emailsOf(List<ClientContact> clients) {
        return clients.stream().map(ClientContact::email).toList();
    }

    private static JavaMailSenderImpl mailSenderThrough(SlowSmtpLink link) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(link.port());
        sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
        return sender;
    }
}
