package io.clinicflow.aftercare.inbound;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.List;
import java.util.Map;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

@AftercareServiceTest
class ConsumerGroupsIntegrationTests {

    /** ADR 0054: each record is polled and decoded once, whichever of aftercare's features acts on it. */
    @Test
    void consumesEachTopicInOneGroup(@Autowired KafkaListenerEndpointRegistry listeners) {
        Map<String, List<String>> groupsByTopic = listeners.getListenerContainers().stream()
                .collect(groupingBy(container -> String.join(",", container.getContainerProperties().getTopics()),
                        mapping(MessageListenerContainer::getGroupId, toList())));

        assertThat(groupsByTopic).containsOnly(
                entry(Topics.BOOKING_EVENTS, List.of("aftercare-on-booking-events-v2")),
                entry(Topics.SESSION_EVENTS, List.of("aftercare-on-session-events")));
    }
}
