package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.ClinicFlowStack;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.Clinic.Site;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What {@link TopicFuzzTests} found, shrunk, as plain tests (issue 23). */
class PoisonRecordRegressionTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ClinicFlowStack stack = ClinicFlowStack.get();

    /**
     * Found as one schema's fingerprint over a longer body of another schema: the codec read what it needed and
     * let the consumers handle the rest as an event. Stray bytes after a body are bad bytes (DESIGN §3).
     */
    @Test
    void anEventFollowedByStrayBytesIsDeadLetteredOncePerConsumerGroup() {
        Site site = stack.clinic.openSite("Regression Camden", "Europe/London", "Mara Quinn");
        String client = stack.clinic.registerClient(site, "Ida", "Rhodes", "1990-04-12");
        byte[] registered = await().atMost(PATIENCE).until(() -> stack.topics.rawRecords(Topics.BOOKING_EVENTS)
                .stream().filter(record -> client.equals(record.key())).map(ConsumerRecord::value).findFirst(),
                Optional::isPresent).orElseThrow();
        byte[] strayBytes = Arrays.copyOf(registered, registered.length + 16);
        PoisonSent poison = new PoisonSent(Topics.BOOKING_EVENTS, "event + 16 stray bytes",
                UUID.randomUUID().toString(), strayBytes);

        try (ConsumerGroups groups = new ConsumerGroups(ClinicInfrastructure.shared().bootstrapServers())) {
            var readers = groups.consuming(poison.topic());
            stack.topics.sendRaw(poison.topic(), poison.key(), poison.bytes());
            await().atMost(PATIENCE).until(groups::caughtUp);

            assertThat(poison.landedWrong(stack.topics.rawRecords(Topics.deadLetterOf(poison.topic())), readers))
                    .isEmpty();
        }
    }
}
