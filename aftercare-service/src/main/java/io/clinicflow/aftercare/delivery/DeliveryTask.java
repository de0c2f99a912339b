package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import java.util.UUID;

/**
 * db-scheduler's one-time task {@value #NAME}: one instance per plan step, id {@code <sessionId>:<step>}, executed
 * when the step falls due. A failure (an SMTP server that is down) is retried by db-scheduler's default handling.
 */
final class DeliveryTask {

    static final String NAME = "aftercare-step";

    private DeliveryTask() {
    }

    static OneTimeTask<Void> runningWith(AftercareDelivery delivery) {
        return Tasks.oneTime(NAME).execute((instance, context) -> {
            String[] key = instance.getId().split(":", 2);
            delivery.deliver(UUID.fromString(key[0]), AftercareStep.valueOf(key[1]));
        });
    }

    static TaskInstance<Void> instanceFor(UUID sessionId, AftercareStep step) {
        return new TaskInstance<>(NAME, sessionId + ":" + step.name());
    }
}
