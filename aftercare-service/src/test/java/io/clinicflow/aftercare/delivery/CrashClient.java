package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.plans.MessageId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.session.SessionCompleted;

import java.time.Instant;
import java.util.UUID;

/** A client of the crash test: consented to email only, one session (1 of 3) completed a minute before the test. */
record CrashClient(ClientRegistered registration, SessionCompleted session) {

    /** A new client whose session ended a minute before {@code now}, where it is early afternoon. */
    static CrashClient completedSessionBefore(Instant now) {
        String clientId = UUID.randomUUID().toString();
        return new CrashClient(
                ClinicEvents.clientRegistered(clientId, emailOf(clientId), true),
                ClinicEvents.sessionCompleted(clientId, UUID.randomUUID().toString(), now));
    }

    String clientId() {
        return registration.getMeta().getClientId();
    }

    String email() {
        return emailOf(clientId());
    }

    private static String emailOf(String clientId) {
        return "crash-" + clientId + "@example.com";
    }

    /** The Message-ID every copy of the step's email carries: the message's deterministic id (ADR 0012). */
    String messageIdOf(AftercareStep step) {
        MessageId messageId = MessageId.of(new SessionId(UUID.fromString(session.getSessionId())), step,
                ChannelName.EMAIL);
        return "<" + messageId + "@clinicflow>";
    }
}
