package io.clinicflow.messaging;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import com.zaxxer.hikari.HikariDataSource;
import io.clinicflow.avro.session.SessionStarted;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer shaped like the services' (EventBatchesIntegrationTests): a batch listener that dispatches with a
 * switch to a {@code @Transactional} use case which asks the inbox and writes its effect. The use case can be told
 * to fail an event a number of times, after writing, so a rollback has something to undo.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({KafkaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, TransactionAutoConfiguration.class,
        KafkaClientsAutoConfiguration.class, DeadLetterAutoConfiguration.class, ObservationAutoConfiguration.class,
        MetricsAutoConfiguration.class, MicrometerTracingAutoConfiguration.class, BraveAutoConfiguration.class})
class BatchedCheckIns {

    static final String TOPIC = "batch-tests.session-events";
    static final String LISTENER = "batch-tests";

    /** What a handler saw of its record's journey: the log context and the observation it ran in. */
    record Seen(String correlationId, String traceId, String traceparent) {
    }

    @Bean
    StatementsPrepared dataSource(@Value("${spring.datasource.url}") String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return new StatementsPrepared(pool);
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    RecordedSpans recordedSpans() {
        return new RecordedSpans();
    }

    @Bean
    CheckIns checkIns(Inbox inbox, JdbcClient jdbc) {
        return new CheckIns(inbox, jdbc);
    }

    @Bean
    Listener listener(EventBatches batches, CheckIns checkIns, ObservationRegistry observations) {
        return new Listener(batches, checkIns, observations);
    }

    static class Listener {
        final Map<String, Seen> seen = new ConcurrentHashMap<>();
        final AtomicInteger batchesReceived = new AtomicInteger();
        private final EventBatches batches;
        private final CheckIns checkIns;
        private final ObservationRegistry observations;

        Listener(EventBatches batches, CheckIns checkIns, ObservationRegistry observations) {
            this.batches = batches;
            this.checkIns = checkIns;
            this.observations = observations;
        }

        @KafkaListener(id = LISTENER, topics = TOPIC, batch = "true", autoStartup = "false")
        void on(List<ConsumerRecord<String, Object>> records) {
            batchesReceived.incrementAndGet();
            batches.handle(records, this::handle);
        }

        private void handle(Object event) {
            switch (event) {
                case SessionStarted started -> {
                    seen.put(started.getMeta().getEventId(), new Seen(MDC.get("correlationId"), MDC.get("traceId"),
                            traceparent()));
                    checkIns.record(started);
                }
                default -> {
                }
            }
        }

        private String traceparent() {
            KafkaRecordReceiverContext context = (KafkaRecordReceiverContext) observations.getCurrentObservation()
                    .getContext();
            return context.getGetter().get(context.getCarrier(), JourneyTrace.HEADER);
        }
    }

    /** The use case: inbox, effect, then the failure it was told to have. */
    static class CheckIns {
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
        private final Inbox inbox;
        private final JdbcClient jdbc;

        CheckIns(Inbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        /** Fails the event's next {@code times} attempts (a transactional proxy: methods, not fields). */
        public void fail(String eventId, int times) {
            failuresLeft.put(eventId, times);
        }

        public int attempts(String eventId) {
            return attempts.getOrDefault(eventId, new AtomicInteger()).get();
        }

        @Transactional
        public void record(SessionStarted started) {
            String eventId = started.getMeta().getEventId();
            attempts.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
            if (inbox.firstDelivery(LISTENER, eventId)) {
                jdbc.sql("insert into checked_in (event_id, booking_id) values (:eventId::uuid, :bookingId)")
                        .param("eventId", eventId).param("bookingId", started.getBookingId()).update();
            }
            if (failuresLeft.computeIfPresent(eventId, (id, left) -> left - 1) instanceof Integer left && left >= 0) {
                throw new IllegalStateException("Injected failure of " + eventId);
            }
        }
    }

    /** The trace ids of the spans Brave recorded: what a span exporter would have been handed. */
    static class RecordedSpans extends SpanHandler {
        final Set<String> traceIds = ConcurrentHashMap.newKeySet();

        @Override
        public boolean end(TraceContext context, MutableSpan span, Cause cause) {
            traceIds.add(context.traceIdString());
            return true;
        }
    }
}
