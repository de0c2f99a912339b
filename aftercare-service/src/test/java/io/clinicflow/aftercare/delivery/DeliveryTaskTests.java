package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.sessions.SessionId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step's place on the durable schedule is named by its task and instance id, stored in db-scheduler's table: a
 * step scheduled before a restart or an upgrade must be found, run and cancelled under the same names after it.
 */
class DeliveryTaskTests {

    @Test
    void namesAStepsExecutionBySessionAndStep() {
        var sessionId = new SessionId(UUID.fromString("5a0c9d2e-7b41-4e38-9f16-0d2c4b6a8e13"));

        var instance = DeliveryTask.instanceFor(sessionId, AftercareStep.DAY1_CHECK_IN);

        assertThat(instance.getTaskName()).isEqualTo("aftercare-step");
        assertThat(instance.getId()).isEqualTo("5a0c9d2e-7b41-4e38-9f16-0d2c4b6a8e13:DAY1_CHECK_IN");
    }

    @Test
    void runsUnderTheTaskNameItsScheduledStepsCarry() {
        assertThat(DeliveryTask.runningWith(null, Duration.ofMinutes(5), 2).getName())
                .isEqualTo(DeliveryTask.instanceFor(new SessionId(UUID.randomUUID()), AftercareStep.DAY0_INSTRUCTIONS)
                        .getTaskName());
    }
}
