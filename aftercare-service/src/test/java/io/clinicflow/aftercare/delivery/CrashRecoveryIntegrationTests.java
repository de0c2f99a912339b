package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ADR 0012's crash window, provoked in every message step's batch: aftercare-service runs as a process of its own and
 * is killed (SIGKILL) while sending a batch of emails, three times at different points of the DAY0 batch and once in
 * each later step's batch as business time moves on to it, restarted each time, and sent every SessionCompleted
 * again. Every client still gets every step, each only ever under its one deterministic Message-ID and with one SENT
 * row in the ledger; a second copy (same id) is the window no sender can close, counted and printed per step, never
 * more than one per scheduler thread per kill. Each kill follows an email's arrival at the SMTP server, when its sender
 * is likely inside that window: the test provokes it rather than hoping for it. The milestones passed on the way are
 * reached, and every step announced, once.
 * <p>
 * The process has its own database ({@link RestartableAftercare}; this JVM's aftercare context pauses its listeners
 * meanwhile) and its own business clock, at real time to begin with: only steps due now fire, so the first batch is
 * every client's DAY0 step. Each later batch is one jump of that clock.
 */
@AftercareServiceTest
class CrashRecoveryIntegrationTests {

    private static final int CLIENTS = 40;
    /**
     * Every message step of the plan, the day it falls due (DESIGN §6), and when to kill the (re)started process in its
     * batch: once it has sent the step to this many more clients, each time at another point. The sessions ended in
     * the early afternoon and each jump is whole days, so it lands past the step's time and before quiet hours.
     */
    private static final List<Batch> BATCHES = List.of(
            new Batch(AftercareStep.DAY0_INSTRUCTIONS, 0, List.of(2, 9, 5)),
            new Batch(AftercareStep.DAY1_CHECK_IN, 1, List.of(6)),
            new Batch(AftercareStep.DAY3_SKINCARE, 3, List.of(15)),
            new Batch(AftercareStep.RESULTS_REVIEW, 42, List.of(24)));
    /** Fall due on the way to RESULTS_REVIEW: no concern is open, and the course (1 of 3 done) goes on. */
    private static final List<String> MILESTONES = List.of("HEALING_CHECK_PASSED", "NEXT_SESSION_ELIGIBLE");
    /**
     * A round trip to the SMTP server. It spreads a batch over seconds (2 sending threads, each email about 5 round
     * trips on a kept connection: NOOP, MAIL, RCPT, DATA, body), so a kill lands inside it.
     */
    private static final Duration SMTP_LATENCY = Duration.ofMillis(20);
    /** Past the 4 missed 5-s heartbeats after which db-scheduler revives a killed process's picked executions. */
    private static final Duration RESTART_LATER = Duration.ofMinutes(31);
    /** DeliverySchedule's threads: at most one message per thread is in the window when the process dies. */
    private static final int SENDING_THREADS = 2;
    private static final String SESSION_EVENTS_GROUP = "aftercare-on-session-events";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private record Batch(AftercareStep step, int day, List<Integer> killAfter) {
    }

    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();
    private final ClinicEvents clinic = new ClinicEvents();

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    private RestartableAftercare service;

    @BeforeEach
    void giveTheServiceADatabaseOfItsOwn() {
        listeners.stop();
        service = RestartableAftercare.withDatabaseOfItsOwn(infrastructure, SMTP_LATENCY);
    }

    @AfterEach
    void stopTheServiceAndResumeListening() {
        try {
            if (service != null) {
                service.close();
            }
        } finally {
            listeners.start();
        }
    }

    @Test
    void deliversEveryStepUnderOneIdThroughAbruptStopsAndRedeliveredSessionCompleted() {
        Instant now = Clock.systemUTC().instant();   // the process's business clock starts at real time
        List<CrashClient> clients =
                IntStream.range(0, CLIENTS).mapToObj(i -> CrashClient.completedSessionBefore(now)).toList();
        service.start();
        registerAll(clients);
        Map<AftercareStep, List<Integer>> deliveredAtKill = new EnumMap<>(AftercareStep.class);
        deliveredAtKill.put(AftercareStep.DAY0_INSTRUCTIONS, killWhileSendingDay0(clients));
        for (int later = 1; later < BATCHES.size(); later++) {
            deliveredAtKill.put(BATCHES.get(later).step(),
                    killWhileSendingLater(clients, BATCHES.get(later - 1), BATCHES.get(later)));
        }
        redeliverSessionsCompleted(clients);

        await().atMost(PATIENCE).untilAsserted(() -> clients.forEach(this::assertLedgerHasEveryStepOnce));
        assertEveryStepAnnouncedOnce(clients);
        assertOneMessageIdPerStep(clients, deliveredAtKill);
    }

    /** DAY0 goes out as the sessions complete: the first process starts sending before the last event is out. */
    private List<Integer> killWhileSendingDay0(List<CrashClient> clients) {
        CompletableFuture<Void> sessionsCompleted =
                CompletableFuture.runAsync(() -> clients.forEach(client -> clinic.publish(client.session())));
        List<Integer> deliveredAtKill = killWhileSending(clients, BATCHES.getFirst());
        sessionsCompleted.join();
        redeliverSessionsCompleted(clients);
        awaitEveryClientHas(clients, AftercareStep.DAY0_INSTRUCTIONS);
        return deliveredAtKill;
    }

    /** A later step goes out as business time jumps from the previous batch's day to its own. */
    private List<Integer> killWhileSendingLater(List<CrashClient> clients, Batch previous, Batch batch) {
        service.advanceClock(Duration.ofDays(batch.day() - previous.day()));
        List<Integer> deliveredAtKill = killWhileSending(clients, batch);
        awaitEveryClientHas(clients, batch.step());   // so the next kill lands in the next step's batch only
        return deliveredAtKill;
    }

    /** Kills and restarts the service part-way through the step's batch, at each of its points; returns those points. */
    private List<Integer> killWhileSending(List<CrashClient> clients, Batch batch) {
        List<Integer> deliveredAtKill = new ArrayList<>();
        for (int killAfter : batch.killAfter()) {
            int deliveredAtStart = deliveredAtKill.isEmpty() ? 0 : deliveredAtKill.getLast();
            awaitClientsWith(clients, batch.step(), deliveredAtStart + killAfter);
            service.kill();
            deliveredAtKill.add(clientsWith(clients, batch.step()));
            service.restartLater(RESTART_LATER);
        }
        return deliveredAtKill;
    }

    /** Every SessionCompleted again (the same eventIds), until the service's group has committed past them. */
    private void redeliverSessionsCompleted(List<CrashClient> clients) {
        clients.forEach(client -> clinic.publish(client.session()));
        ConsumerGroupProgress.awaitCaughtUp(infrastructure.bootstrapServers(), SESSION_EVENTS_GROUP,
                Topics.SESSION_EVENTS, PATIENCE);
    }

    private void assertOneMessageIdPerStep(List<CrashClient> clients, Map<AftercareStep, List<Integer>> deliveredAtKill) {
        ReceivedMessageIds received = ReceivedMessageIds.of(infrastructure.mail(), clients);
        Map<AftercareStep, List<Integer>> copies = BATCHES.stream().collect(Collectors.toMap(Batch::step, batch ->
                clients.stream().map(client -> received.copiesOf(client, batch.step())).toList()));
        BATCHES.forEach(batch -> System.out.printf(
                "Killed with %1$s delivered to %2$s of %4$d clients%n"
                        + "step %1$s delivered twice with the same Message-ID: %3$d of %4$d clients%n",
                batch.step(), deliveredAtKill.get(batch.step()),
                copies.get(batch.step()).stream().filter(n -> n > 1).count(), CLIENTS));
        clients.forEach(client -> assertThat(received.distinctOf(client)).as("Message-IDs of %s", client.email())
                .containsExactlyInAnyOrderElementsOf(BATCHES.stream().map(b -> client.messageIdOf(b.step())).toList()));
        BATCHES.forEach(batch -> {
            assertThat(copies.get(batch.step()).stream().mapToInt(n -> n - 1).sum())
                    .as("copies of %s sent again in the crash window", batch.step())
                    .isLessThanOrEqualTo(batch.killAfter().size() * SENDING_THREADS);
            assertThat(deliveredAtKill.get(batch.step())).as("every kill came while %s was being sent", batch.step())
                    .doesNotHaveDuplicates().isSorted().allMatch(delivered -> delivered < CLIENTS);
        });
    }

    /** Milestones are no emails: like every email, told to the other services under one eventId, however often sent. */
    private void assertEveryStepAnnouncedOnce(List<CrashClient> clients) {
        Set<String> steps = Stream.concat(BATCHES.stream().map(batch -> batch.step().name()), MILESTONES.stream())
                .collect(Collectors.toSet());
        AnnouncedSteps.assertEachOnce(TopicProbe.of(infrastructure),
                clients.stream().map(CrashClient::clientId).collect(Collectors.toSet()), steps, PATIENCE);
    }

    /** Registrations first (another topic than the sessions, so no order between them otherwise). */
    private void registerAll(List<CrashClient> clients) {
        clients.forEach(client -> clinic.publish(client.registration()));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                clients.forEach(client -> assertThat(
                        aftercare().get("/api/v1/clients/" + client.clientId() + "/aftercare").status()).isEqualTo(200)));
    }

    private void awaitClientsWith(List<CrashClient> clients, AftercareStep step, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
                .until(() -> clientsWith(clients, step) >= count || !service.isAlive());
        assertThat(service.isAlive()).as("aftercare-service is running, see %s", service.log()).isTrue();
    }

    private void awaitEveryClientHas(List<CrashClient> clients, AftercareStep step) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(clientsWith(clients, step)).as("clients with %s", step)
                .isEqualTo(CLIENTS));
    }

    private int clientsWith(List<CrashClient> clients, AftercareStep step) {
        return ReceivedMessageIds.of(infrastructure.mail(), clients).clientsWith(step);
    }

    /** The restarted service's ledger: one plan with every step's email one row, SENT; each milestone reached once. */
    private void assertLedgerHasEveryStepOnce(CrashClient client) {
        JsonNode plans = aftercare().get("/api/v1/clients/" + client.clientId() + "/aftercare").body();
        assertThat(plans.size()).isEqualTo(1);
        Map<String, List<String>> emailStatusesByStep = plans.get(0).get("messages").valueStream()
                .filter(message -> message.path("channel").asString().equals("EMAIL"))
                .collect(Collectors.groupingBy(message -> message.path("step").asString(),
                        Collectors.mapping(message -> message.path("status").asString(), Collectors.toList())));
        assertThat(emailStatusesByStep).as("email ledger of %s", client.email()).isEqualTo(BATCHES.stream()
                .collect(Collectors.toMap(batch -> batch.step().name(), batch -> List.of("SENT"))));
        assertThat(aftercare().get("/api/v1/clients/" + client.clientId() + "/milestones").body()
                .findValuesAsString("milestone")).as("milestones of %s", client.email())
                .containsExactlyInAnyOrderElementsOf(MILESTONES);
    }

    private ApiClient aftercare() {
        return ApiClient.onPort(service.port());
    }
}
