package io.clinicflow.aftercare;

import io.clinicflow.avro.session.SessionCompleted;
import org.junit.jupiter.api.BeforeEach;

import static io.clinicflow.avro.common.MessageChannel.EMAIL;

/**
 * {@link WithAftercareClient} whose client, consenting to email only, has had their session completed: its aftercare
 * is planned and the day-0 instructions are in their mailbox, so every later step is still to come.
 */
public abstract class WithCompletedSession extends WithAftercareClient {

    protected SessionCompleted completed;

    @BeforeEach
    void completeTheSessionAndAwaitItsInstructions() {
        registerClientConsentingTo(EMAIL);
        completed = completeSession();
        mailbox.awaitMessages(email, 1);
    }
}
