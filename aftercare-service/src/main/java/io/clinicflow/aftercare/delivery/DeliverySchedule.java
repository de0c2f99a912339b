package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.StepTimer;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The durable schedule of aftercare steps: db-scheduler on the service's database, driven by business time. */
@Configuration(proxyBeanMethods = false)
class DeliverySchedule {

    @Bean
    OneTimeTask<Void> aftercareStepTask(AftercareDelivery delivery) {
        return DeliveryTask.runningWith(delivery);
    }

    @Bean
    Scheduler aftercareScheduler(DataSource dataSource, List<Task<?>> tasks, Clock clock,
                                 @Value("${clinicflow.aftercare.polling-interval:PT1S}") Duration pollingInterval) {
        // the proxy makes scheduling join the plan's Spring transaction: a step is scheduled iff the plan commits
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .clock(clock::instant)   // business time: after a clock jump, every overdue step runs at the next poll
                .pollingInterval(pollingInterval)
                .threads(2)
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
        return (sessionId, step, runsAt) ->
                scheduler.scheduleIfNotExists(DeliveryTask.instanceFor(sessionId, step), runsAt);
    }
}
