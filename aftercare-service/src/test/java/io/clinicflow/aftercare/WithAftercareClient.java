package io.clinicflow.aftercare;

import io.clinicflow.avro.common.MessageChannel;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.Mailbox;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

/**
 * The cast most aftercare tests start from: a client aftercare has not heard of yet and one session of theirs, with
 * {@link ClinicEvents} speaking for booking-service and session-service, and aftercare's API, mailbox and topics.
 */
public abstract class WithAftercareClient {

    protected final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    protected final TopicProbe topics = TopicProbe.of(infrastructure);
    protected final Mailbox mailbox = new Mailbox(infrastructure.mail());
    protected final ClinicEvents clinic = new ClinicEvents();
    protected final String clientId = UUID.randomUUID().toString();
    protected final String sessionId = UUID.randomUUID().toString();
    protected final String email = "ada-" + clientId + "@example.com";
    protected final String phone = ClinicEvents.phoneOf(clientId);
    protected ApiClient aftercare;

    @LocalServerPort
    int port;

    @BeforeEach
    void connectToAftercare() {
        aftercare = ApiClient.onPort(port);
    }

    /** booking-service registers the client with consent to these channels only; waits until aftercare knows them. */
    /** A path of this client's resources, {@code /api/v1/clients/{id}/<what>}. */
    protected String clientPath(String what) {
        return "/api/v1/clients/" + clientId + "/" + what;
    }

    protected void registerClientConsentingTo(MessageChannel... channels) {
        List<MessageChannel> consented = List.of(channels);
        clinic.register(aftercare, ClinicEvents.clientRegistered(clientId, email,
                consented.contains(MessageChannel.EMAIL), consented.contains(MessageChannel.SMS)));
    }

    /** The client's session as session-service completes it: a minute ago, early afternoon there; not published. */
    protected SessionCompleted completedSession() {
        return ClinicEvents.sessionCompleted(clientId, sessionId, infrastructure.clock().instant());
    }

    /** Publishes {@link #completedSession()}, as session-service would when the practitioner completes it. */
    protected SessionCompleted completeSession() {
        SessionCompleted completed = completedSession();
        clinic.publish(completed);
        return completed;
    }
}
