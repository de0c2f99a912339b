package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.sessions.SessionId;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import java.time.Duration;
import java.util.UUID;

/**
 * db-scheduler's task {@value #NAME}: one instance per plan step, id {@code <sessionId>:<step>}, executed when the step
 * falls due. A step that fell due in quiet hours is rescheduled to their end; a step whose message failed with attempts
 * left ({@link StepNotDelivered}) runs again after an exponential back-off in business time. The ledger counts the
 * attempts per message and decides when one is FAILED, so the task needs no retry limit of its own.
 */
final class DeliveryTask {

    static final String NAME = "aftercare-step";

    private DeliveryTask() {
    }

    static CustomTask<Void> runningWith(AftercareDelivery delivery, Duration firstRetryAfter, double backoffRate) {
        return Tasks.custom(NAME, Void.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(firstRetryAfter, backoffRate))
                .execute((instance, context) -> {
                    String[] key = instance.getId().split(":", 2);
                    return delivery.deliver(new SessionId(UUID.fromString(key[0])), AftercareStep.valueOf(key[1]))
                            .<CompletionHandler<Void>>map(later -> (done, operations) ->
                                    operations.reschedule(done, later))
                            .orElseGet(CompletionHandler.OnCompleteRemove::new);
                });
    }

    static TaskInstance<Void> instanceFor(SessionId sessionId, AftercareStep step) {
        return new TaskInstance<>(NAME, sessionId + ":" + step.name());
    }
}
