package io.clinicflow.dashboard.deadletters;

import io.clinicflow.dashboard.feed.FeedConfiguration;
import io.clinicflow.dashboard.feed.FeedPositions;
import io.clinicflow.dashboard.feed.FirstStartWindow;
import io.clinicflow.dashboard.feed.ResumeWhereProjected;
import io.clinicflow.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Reads the dead-letter topics as bytes: only the position, key and exception headers are kept. */
@Component
class DeadLetterListener extends ResumeWhereProjected {

    /** Exception messages are written by the services; cut long ones (stack-trace-like texts) for the table. */
    static final int MESSAGE_LENGTH = 300;

    private final DeadLetterList deadLetters;

    DeadLetterListener(DeadLetterList deadLetters, FeedPositions positions, FirstStartWindow window) {
        super(positions, window);
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "ops-dashboard-dead-letters", groupId = GROUP,
            containerFactory = FeedConfiguration.DEAD_LETTER_CONTAINER_FACTORY,
            topics = {Topics.BOOKING_EVENTS + Topics.DEAD_LETTER_SUFFIX, Topics.SESSION_EVENTS + Topics.DEAD_LETTER_SUFFIX,
                    Topics.AFTERCARE_EVENTS + Topics.DEAD_LETTER_SUFFIX})
    void on(ConsumerRecord<String, byte[]> record) {
        String message = header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        project(record, () -> deadLetters.add(new DeadLetter(record.topic(), record.partition(), record.offset(),
                record.key(), header(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
                message == null || message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH) + "…",
                Instant.ofEpochMilli(record.timestamp()))));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
