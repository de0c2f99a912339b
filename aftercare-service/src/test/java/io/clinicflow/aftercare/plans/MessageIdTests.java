package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.sessions.SessionId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.clinicflow.aftercare.plans.AftercareStep.DAY0_INSTRUCTIONS;
import static io.clinicflow.aftercare.plans.AftercareStep.DAY1_CHECK_IN;
import static io.clinicflow.aftercare.plans.ChannelName.EMAIL;
import static io.clinicflow.aftercare.plans.ChannelName.SMS;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN §6: each message's id is deterministic from (session, step, channel); ADR 0012 sends by it. */
class MessageIdTests {

    private static final SessionId SESSION = new SessionId(UUID.fromString("8d7e3f51-0c2a-4b6e-a1d9-5f4c3b2a1e07"));

    @Test
    void isTheSameForTheSameSessionStepAndChannel() {
        assertThat(MessageId.of(SESSION, DAY0_INSTRUCTIONS, EMAIL))
                .isEqualTo(MessageId.of(new SessionId(SESSION.value()), DAY0_INSTRUCTIONS, EMAIL))
                .isEqualTo(new MessageId(UUID.nameUUIDFromBytes(
                        "8d7e3f51-0c2a-4b6e-a1d9-5f4c3b2a1e07:DAY0_INSTRUCTIONS:EMAIL".getBytes(UTF_8))));
    }

    @Test
    void differsForAnotherSessionStepOrChannel() {
        MessageId day0ByEmail = MessageId.of(SESSION, DAY0_INSTRUCTIONS, EMAIL);

        assertThat(day0ByEmail)
                .isNotEqualTo(MessageId.of(SESSION, DAY0_INSTRUCTIONS, SMS))
                .isNotEqualTo(MessageId.of(SESSION, DAY1_CHECK_IN, EMAIL))
                .isNotEqualTo(MessageId.of(new SessionId(UUID.randomUUID()), DAY0_INSTRUCTIONS, EMAIL));
    }
}
