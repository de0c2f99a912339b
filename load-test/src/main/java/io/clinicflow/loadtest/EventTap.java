package io.clinicflow.loadtest;

import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.common.MessageChannel;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.SingleObjectCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the three service topics as a downstream subscriber would (from their end when it starts, no consumer group)
 * and turns the events' own timestamps into hop latencies. A confirmed booking is handed to {@code onConfirmed},
 * which completes its session.
 */
final class EventTap implements AutoCloseable {

    private static final List<String> TOPICS = List.of(Topics.BOOKING_EVENTS, Topics.SESSION_EVENTS, Topics.AFTERCARE_EVENTS);

    private final KafkaConsumer<String, byte[]> consumer;
    private final SingleObjectCodec codec = SingleObjectCodec.shipped();
    private final Consumer<String> onConfirmed;
    private final Thread thread;
    private volatile Measurements measurements;
    private volatile boolean running = true;

    EventTap(String bootstrapServers, Measurements first, Consumer<String> onConfirmed) {
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
        List<TopicPartition> partitions = TOPICS.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition()))).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.measurements = first;
        this.onConfirmed = onConfirmed;
        this.thread = Thread.ofPlatform().name("perf-event-tap").start(this::poll);
    }

    /** Later events count for these measurements (the next step of the stepping search). */
    void measureInto(Measurements next) {
        measurements = next;
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    measurements.recordWritten(record.timestamp());
                    see(codec.decode(record.value()));
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll up
        }
    }

    private void see(SpecificRecord event) {
        Measurements m = measurements;
        switch (event) {
            case SessionBooked booked -> m.bookedToScreened.start(booked.getBookingId(), millis(booked.getMeta().getOccurredAt()));
            case ScreeningCompleted screened -> {
                long at = millis(screened.getMeta().getOccurredAt());
                m.bookedToScreened.end(screened.getBookingId(), at);
                m.screenedToConfirmed.start(screened.getBookingId(), at);
            }
            case BookingConfirmed confirmed -> {
                long at = millis(confirmed.getMeta().getOccurredAt());
                m.screenedToConfirmed.end(confirmed.getBookingId(), at);
                m.bookingConfirmed.end(confirmed.getBookingId(), at);
                onConfirmed.accept(confirmed.getBookingId());
            }
            case SessionCompleted completed -> m.completedToDay0Email.start(completed.getSessionId(), millis(completed.getMeta().getOccurredAt()));
            case AftercareMessageSent sent when sent.getStep() == AftercareStep.DAY0_INSTRUCTIONS
                    && sent.getChannel() == MessageChannel.EMAIL -> m.completedToDay0Email.end(sent.getSessionId(), millis(sent.getSentAt()));
            default -> { }
        }
    }

    private static long millis(java.time.Instant instant) {
        return instant.toEpochMilli();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
        consumer.close();
    }

}
