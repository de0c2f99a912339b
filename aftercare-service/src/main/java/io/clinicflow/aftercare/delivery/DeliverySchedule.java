package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.PlannedStep;
import io.clinicflow.aftercare.plans.StepTimer;
import io.clinicflow.aftercare.sessions.SessionId;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The durable schedule of aftercare steps: db-scheduler on the service's database, driven by business time. */
@Configuration(proxyBeanMethods = false)
class DeliverySchedule {

    @Bean
    CustomTask<Void> aftercareStepTask(AftercareDelivery delivery,
            @Value("${clinicflow.aftercare.delivery.first-retry-after:PT5M}") Duration firstRetryAfter,
            @Value("${clinicflow.aftercare.delivery.backoff-rate:2}") double backoffRate) {
        return DeliveryTask.runningWith(delivery, firstRetryAfter, backoffRate);
    }

    @Bean
    Scheduler aftercareScheduler(DataSource dataSource, List<Task<?>> tasks, Clock clock,
                                 @Value("${clinicflow.aftercare.polling-interval:PT1S}") Duration pollingInterval,
                                 @Value("${clinicflow.aftercare.heartbeat-interval:PT5S}") Duration heartbeat,
                                 @Value("${clinicflow.aftercare.delivery.threads:2}") int threads) {
        // the proxy makes scheduling join the plan's Spring transaction: a step is scheduled iff the plan commits
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .clock(clock::instant)   // business time: after a clock jump, every overdue step runs at the next poll
                .pollingInterval(pollingInterval)
                // a step picked by an instance that was killed runs again after 4 missed heartbeats (20 s), not after
                // db-scheduler's default 30 min: a DAY0 message must not wait half an hour for a crashed instance
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(4)
                // each thread holds one SMTP or SMS dialogue at a time: the number of messages in flight (ADR 0031)
                .threads(threads)
                .build();
    }

    @Bean
    SmartLifecycle aftercareSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }

    @Bean
    StepTimer stepTimer(Scheduler scheduler) {
        return new StepTimer() {
            @Override
            public void schedule(SessionId sessionId, AftercareStep step, Instant runsAt) {
                scheduler.scheduleIfNotExists(DeliveryTask.instanceFor(sessionId, step), runsAt);
            }

            @Override
            public void scheduleNewPlan(SessionId sessionId, List<PlannedStep> steps) {
                if (steps.isEmpty()) {
                    return; // every plan has milestones, but an empty batch would still cost a round trip
                }
                scheduler.scheduleBatch(steps.stream().<SchedulableInstance<?>>map(planned -> SchedulableInstance.of(
                        DeliveryTask.instanceFor(sessionId, planned.step()), planned.runsAt().toInstant())).toList());
            }

            @Override
            public void cancel(SessionId sessionId, AftercareStep step) {
                TaskInstance<Void> instance = DeliveryTask.instanceFor(sessionId, step);
                // a picked (running) execution cannot be cancelled: it finds its rows CANCELLED and does nothing
                scheduler.getScheduledExecution(instance).filter(execution -> !execution.isPicked())
                        .ifPresent(execution -> scheduler.cancel(instance));
            }
        };
    }
}
