package io.clinicflow.aftercare.delivery;

import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.common.MessageChannel;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.TopicProbe;
import org.apache.avro.specific.SpecificRecord;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What aftercare-events told the other services about clients' steps: per client, per sent email's step or reached
 * milestone, the eventIds announcing it. A relay that publishes again after a crash repeats an eventId; a step done
 * twice would show a second one.
 */
final class AnnouncedSteps {

    private AnnouncedSteps() {
    }

    /** Waits (bounded) until each client has every one of the steps announced, then asserts: each under one eventId. */
    static void assertEachOnce(TopicProbe topics, Set<String> clientIds, Set<String> steps, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofSeconds(1))
                .until(() -> eventIdsByClient(topics, clientIds), byClient -> clientIds.stream().allMatch(clientId ->
                        byClient.getOrDefault(clientId, Map.of()).keySet().containsAll(steps)))
                .forEach((clientId, eventIds) -> assertThat(eventIds).as("eventIds of client %s's steps", clientId)
                        .containsOnlyKeys(steps).allSatisfy((step, ids) -> assertThat(ids).as(step).hasSize(1)));
    }

    private static Map<String, Map<String, Set<String>>> eventIdsByClient(TopicProbe topics, Set<String> clientIds) {
        Map<String, Map<String, Set<String>>> announced = new HashMap<>();
        for (SpecificRecord event : topics.events(Topics.AFTERCARE_EVENTS)) {
            String clientId = EventCatalog.metaOf(event).getClientId();
            Optional<String> step = stepOf(event);
            if (clientIds.contains(clientId) && step.isPresent()) {
                announced.computeIfAbsent(clientId, any -> new HashMap<>())
                        .computeIfAbsent(step.get(), any -> new HashSet<>())
                        .add(EventCatalog.metaOf(event).getEventId());
            }
        }
        return announced;
    }

    /** The email's step (AftercareStep's name) or the milestone (HealingMilestone's name) the event announces. */
    private static Optional<String> stepOf(SpecificRecord event) {
        return switch (event) {
            case AftercareMessageSent sent when sent.getChannel() == MessageChannel.EMAIL ->
                    Optional.of(sent.getStep().name());
            case HealingMilestoneReached reached -> Optional.of(reached.getMilestone().name());
            default -> Optional.empty();
        };
    }
}
