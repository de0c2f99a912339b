package io.clinicflow.aftercare.delivery;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.aftercare.SmsGateway;
import io.clinicflow.aftercare.WithAftercareClient;
import io.clinicflow.testkit.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.clinicflow.avro.common.MessageChannel.EMAIL;
import static io.clinicflow.avro.common.MessageChannel.SMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A second service instance's scheduler on the same database: every step still runs, and every message goes once. */
@AftercareServiceTest
class TwoInstancesIntegrationTests extends WithAftercareClient {

    private final SmsGateway gateway = SmsGateway.shared();

    @Autowired
    DataSource dataSource;
    @Autowired
    AftercareDelivery delivery;
    private Scheduler secondInstance;

    @BeforeEach
    void startSecondInstance() {
        secondInstance = Scheduler.create(dataSource, DeliveryTask.runningWith(delivery, Duration.ofMinutes(5), 2))
                .clock(infrastructure.clock()::instant)
                .schedulerName(new SchedulerName.Fixed("aftercare-second-instance"))
                .pollingInterval(Duration.ofMillis(100))
                .threads(4)
                .build();
        secondInstance.start();
    }

    @AfterEach
    void stopSecondInstance() {
        secondInstance.stop();
    }

    @Test
    void sendsEveryStepOfEveryPlanExactlyOnceWithTwoSchedulersPolling() {
        registerClientConsentingTo(EMAIL, SMS);
        List<String> sessions = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID().toString()).toList();
        sessions.forEach(session ->
                clinic.publish(ClinicEvents.sessionCompleted(clientId, session, infrastructure.clock().instant())));
        mailbox.awaitMessages(email, sessions.size());

        infrastructure.clock().advance(Duration.ofDays(3).plusHours(1));   // DAY1 and DAY3 of every plan fall due

        await().atMost(TopicProbe.PATIENCE.multipliedBy(2)).untilAsserted(() -> {
            assertThat(mailbox.to(email)).hasSize(3 * sessions.size());
            assertThat(gateway.to(phone)).hasSize(3 * sessions.size());
        });
        assertThat(mailbox.to(email)).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates();
        assertThat(gateway.to(phone)).extracting(SmsGateway.Received::idempotencyKey).doesNotHaveDuplicates();
    }
}
