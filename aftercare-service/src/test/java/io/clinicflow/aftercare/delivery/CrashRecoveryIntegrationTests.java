package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.Channel;
import io.clinicflow.aftercare.plans.PlannedMessage;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ADR 0012's crash window, provoked: aftercare-service runs as a process of its own and is killed (SIGKILL) while
 * sending a batch of DAY0 emails, three times at different points, then restarted and sent every SessionCompleted
 * again. Every client still gets the step, only ever under its one deterministic Message-ID; a second copy (same id)
 * is the window no sender can close, counted and printed, never more than one per scheduler thread per kill. Each
 * kill follows an email's arrival at the SMTP server, when its sender is likely inside that window: the test provokes
 * it rather than hoping for it.
 * <p>
 * The process has its own database (so this JVM's aftercare context, whose listeners are paused meanwhile, neither
 * sends its steps nor hides its duplicates) and a business clock at real time: only steps due now fire, so the
 * batch is every client's DAY0 step.
 */
@AftercareServiceTest
class CrashRecoveryIntegrationTests {

    private static final int CLIENTS = 40;
    /** Kill a (re)started process once it has sent DAY0 to this many more clients: each time at another point. */
    private static final List<Integer> KILL_AFTER = List.of(2, 9, 5);
    /** Spreads the batch over seconds (2 sending threads, one connection per email), so a kill lands inside it. */
    private static final Duration SMTP_LATENCY = Duration.ofMillis(100);
    /** db-scheduler revives a picked execution whose heartbeat is 30 min old (6 missed 5-min heartbeats). */
    private static final Duration RESTART_LATER = Duration.ofMinutes(31);
    /** DeliverySchedule's threads: at most one message per thread is in the window when the process dies. */
    private static final int SENDING_THREADS = 2;
    private static final String SESSION_EVENTS_GROUP = "aftercare-on-session-events";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private record CrashClient(ClientRegistered registration, SessionCompleted session) {
        String clientId() {
            return registration.getMeta().getClientId();
        }

        String email() {
            return registration.getEmail();
        }

        String day0MessageId() {
            UUID messageId = PlannedMessage.idOf(UUID.fromString(session.getSessionId()),
                    AftercareStep.DAY0_INSTRUCTIONS, Channel.EMAIL);
            return "<" + messageId + "@clinicflow>";
        }
    }

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private final ClinicEvents clinic = new ClinicEvents();
    private final Map<String, Object> properties = new LinkedHashMap<>();

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    DataSource dataSource;
    private AftercareProcess service;
    private SlowSmtpLink smtp;

    @BeforeEach
    void giveTheProcessTheTopicsAndADatabaseOfItsOwn() {
        listeners.stop();
        String database = "aftercare_crash_" + UUID.randomUUID().toString().replace("-", "");
        new JdbcTemplate(dataSource).execute("create database " + database);
        properties.putAll(infrastructure.springProperties("aftercare"));
        smtp = SlowSmtpLink.to(infrastructure.smtpPort(), SMTP_LATENCY);
        properties.put("spring.mail.port", smtp.port());
        properties.put("spring.datasource.url", infrastructure.jdbcUrl(database));
        properties.put("clinicflow.aftercare.polling-interval", "PT0.2S");
        properties.put("clinicflow.outbox.poll-interval", "PT0.1S");
        // a killed consumer holds its partitions until its session times out: 6 s (the broker's minimum), not 45 s
        properties.put("spring.kafka.consumer.properties.session.timeout.ms", "6000");
        properties.put("spring.kafka.consumer.properties.heartbeat.interval.ms", "1000");
    }

    @AfterEach
    void stopTheProcessAndResumeListening() {
        try {
            if (service != null) {
                service.close();
            }
            if (smtp != null) {
                smtp.close();
            }
        } finally {
            listeners.start();
        }
    }

    @Test
    void deliversEveryStepUnderOneIdThroughAbruptStopsAndRedeliveredSessionCompleted() {
        Instant now = Clock.systemUTC().instant();   // the process's business clock follows real time
        List<CrashClient> clients = IntStream.range(0, CLIENTS).mapToObj(i -> newClient(now)).toList();
        service = startService(Duration.ZERO, 0);
        registerAll(clients);
        // sent while the kills are watched for: the first process starts sending before the last event is out
        CompletableFuture<Void> sessionsCompleted =
                CompletableFuture.runAsync(() -> clients.forEach(client -> clinic.publish(client.session())));

        List<Integer> deliveredAtKill = killWhileSending(clients);
        sessionsCompleted.join();
        clients.forEach(client -> clinic.publish(client.session()));   // redelivered: the same eventIds
        // the redelivered events reached the service: its group has committed past them
        ConsumerGroupProgress.awaitCaughtUp(infrastructure.bootstrapServers(), SESSION_EVENTS_GROUP,
                Topics.SESSION_EVENTS, PATIENCE);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(clientsWithEmail(clients)).isEqualTo(CLIENTS));
        await().atMost(PATIENCE).untilAsserted(() -> clients.forEach(this::assertDay0SentOnce));
        assertOneMessageIdPerStep(clients, deliveredAtKill);
    }

    /** Kills and restarts the service part-way through the batch, each time at another point; returns those points. */
    private List<Integer> killWhileSending(List<CrashClient> clients) {
        List<Integer> deliveredAtKill = new ArrayList<>();
        for (int kill = 1; kill <= KILL_AFTER.size(); kill++) {
            int deliveredAtStart = deliveredAtKill.isEmpty() ? 0 : deliveredAtKill.getLast();
            awaitClientsWithEmail(clients, deliveredAtStart + KILL_AFTER.get(kill - 1));
            service.kill();
            deliveredAtKill.add(clientsWithEmail(clients));
            service = startService(RESTART_LATER.multipliedBy(kill), kill);
        }
        return deliveredAtKill;
    }

    private void assertOneMessageIdPerStep(List<CrashClient> clients, List<Integer> deliveredAtKill) {
        Map<String, List<String>> received = messageIdsByRecipient(clients);
        long twice = clients.stream().filter(client -> received.get(client.email()).size() > 1).count();
        int extraCopies = received.values().stream().mapToInt(ids -> ids.size() - 1).sum();
        System.out.printf("Killed with DAY0 delivered to %s of %d clients%n", deliveredAtKill, CLIENTS);
        System.out.printf("DAY0 delivered twice with the same Message-ID: %d of %d clients%n", twice, CLIENTS);
        clients.forEach(client -> assertThat(Set.copyOf(received.get(client.email())))
                .as("Message-IDs of %s's DAY0", client.email()).containsExactly(client.day0MessageId()));
        assertThat(extraCopies).as("copies sent again in the crash window")
                .isLessThanOrEqualTo(KILL_AFTER.size() * SENDING_THREADS);
        assertThat(deliveredAtKill).as("every kill came while the batch was being sent")
                .doesNotHaveDuplicates().isSorted().allMatch(delivered -> delivered < CLIENTS);
    }

    private CrashClient newClient(Instant now) {
        String clientId = UUID.randomUUID().toString();
        return new CrashClient(
                ClinicEvents.clientRegistered(clientId, "crash-" + clientId + "@example.com", true),
                ClinicEvents.sessionCompleted(clientId, UUID.randomUUID().toString(), now));
    }

    private AftercareProcess startService(Duration clockAhead, int restart) {
        AftercareProcess process = AftercareProcess.start(properties, clockAhead,
                Path.of("target", "crash-recovery", "aftercare-service-" + restart + ".log"));
        infrastructure.stopsBeforeMe(process);   // should this JVM end before the test does
        return process;
    }

    /** Registrations first (another topic than the sessions, so no order between them otherwise). */
    private void registerAll(List<CrashClient> clients) {
        clients.forEach(client -> clinic.publish(client.registration()));
        ApiClient aftercare = ApiClient.onPort(service.port());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                clients.forEach(client -> assertThat(
                        aftercare.get("/api/v1/clients/" + client.clientId() + "/aftercare").status()).isEqualTo(200)));
    }

    private void awaitClientsWithEmail(List<CrashClient> clients, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
                .until(() -> clientsWithEmail(clients) >= count || !service.isAlive());
        assertThat(service.isAlive()).as("aftercare-service is running, see %s", service.log()).isTrue();
    }

    private int clientsWithEmail(List<CrashClient> clients) {
        return messageIdsByRecipient(clients).size();
    }

    private Map<String, List<String>> messageIdsByRecipient(List<CrashClient> clients) {
        return ReceivedMessageIds.byRecipient(infrastructure.mail(),
                clients.stream().map(CrashClient::email).collect(Collectors.toSet()));
    }

    /** The ledger of the restarted service: one plan, its DAY0 email SENT. */
    private void assertDay0SentOnce(CrashClient client) {
        JsonNode plans = ApiClient.onPort(service.port())
                .get("/api/v1/clients/" + client.clientId() + "/aftercare").body();
        assertThat(plans.size()).isEqualTo(1);
        Map<String, String> statusByStepAndChannel = new HashMap<>();
        for (JsonNode message : plans.get(0).get("messages")) {
            statusByStepAndChannel.put(message.path("step").asString() + " " + message.path("channel").asString(),
                    message.get("status").asString());
        }
        assertThat(statusByStepAndChannel).containsEntry("DAY0_INSTRUCTIONS EMAIL", "SENT");
    }
}
