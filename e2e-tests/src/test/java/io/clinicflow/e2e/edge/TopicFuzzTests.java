package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.ClinicFlowStack;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic fuzzing (issue 23): random and mutated single-object records ({@link Poison}) into every topic the services
 * consume. Each must land in {@code <topic>.dlt} once per consumer group that reads the topic (Spring Kafka's
 * dead-letter publisher names the group in a header), bytes untouched; no table may change (nothing half-applied);
 * and an ordinary journey through all three topics must complete afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopicFuzzTests {

    /** System property: poison records per topic, spread evenly over the kinds. */
    static final String RECORDS = "clinicflow.fuzz.poison-records";

    private final ClinicFlowStack stack = ClinicFlowStack.get();
    private final ClinicInfrastructure infrastructure = ClinicInfrastructure.shared();

    @BeforeAll
    void aJourneyLeavesEventsOnEveryTopic() {
        OrdinaryJourney.confirmed(stack.clinic, "Poison Before", "Grace", "Hopper").treated();
    }

    @Test
    @Order(1)
    void everyPoisonRecordLandsInItsDeadLetterTopicOncePerConsumerGroupAndChangesNothing() throws Exception {
        FuzzSeed seed = FuzzSeed.announced(getClass().getSimpleName());
        int perTopic = Integer.getInteger(RECORDS, 4 * Poison.values().length);
        try (StoredRows rows = new StoredRows(infrastructure, everyTable());
             ConsumerGroups groups = new ConsumerGroups(infrastructure.bootstrapServers())) {
            Quiet.settle(groups, rows, List.of(Service.values()));
            Map<Service, Map<String, Long>> before = counts(rows);
            Map<String, Set<String>> readers = Topics.EVENT_TOPICS.stream()
                    .collect(Collectors.toMap(topic -> topic, groups::consuming));
            assertThat(readers).allSatisfy((topic, consumers) -> assertThat(consumers).as(topic).isNotEmpty());

            List<PoisonSent> sent = poison(seed, perTopic);
            sent.forEach(poison -> stack.topics.sendRaw(poison.topic(), poison.key(), poison.bytes()));
            Quiet.settle(groups, rows, List.of(Service.values()));

            Map<String, List<ConsumerRecord<String, byte[]>>> letters = Topics.EVENT_TOPICS.stream().collect(
                    Collectors.toMap(topic -> topic, topic -> stack.topics.rawRecords(Topics.deadLetterOf(topic))));
            List<String> wrong = sent.stream()
                    .map(poison -> poison.landedWrong(letters.get(poison.topic()), readers.get(poison.topic())))
                    .filter(problem -> !problem.isEmpty()).toList();
            System.out.printf("%s: %d poison records (%d per topic, kinds %s), seed %d; consumer groups %s%n",
                    getClass().getSimpleName(), sent.size(), perTopic, List.of(Poison.values()), seed.value(), readers);
            SoftAssertions.assertSoftly(softly -> {
                softly.assertThat(wrong).as("poison not dead-lettered once per consumer group (seed %d)", seed.value())
                        .isEmpty();
                softly.assertThat(counts(rows)).as("rows of every table after the poison (nothing half-applied)")
                        .isEqualTo(before);
            });
        }
    }

    @Test
    @Order(2)
    void anOrdinaryJourneyThroughAllThreeTopicsStillCompletesAfterwards() {
        OrdinaryJourney.confirmed(stack.clinic, "Poison After", "Katherine", "Johnson").treated()
                .offeredTheNextSession();
    }

    /** The kinds in turn on every event topic, each made from the events the journey left on the topics. */
    private List<PoisonSent> poison(FuzzSeed seed, int perTopic) {
        List<byte[]> samples = Topics.EVENT_TOPICS.stream().flatMap(topic -> stack.topics.rawRecords(topic).stream())
                .map(ConsumerRecord::value).filter(StrictReading::isOneEvent).toList();
        List<PoisonSent> sent = new ArrayList<>();
        for (String topic : Topics.EVENT_TOPICS) {
            for (int i = 0; i < perTopic; i++) {
                SplittableRandom random = seed.random(sent.size(), FuzzSeed.Stream.VALUES);
                Poison kind = Poison.values()[i % Poison.values().length];
                sent.add(new PoisonSent(topic, kind.name(), UUID.randomUUID().toString(),
                        kind.make(samples, random)));
            }
        }
        return sent;
    }

    private static Map<Service, Map<String, Long>> counts(StoredRows rows) {
        Map<Service, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            counts.put(service, rows.of(service));
        }
        return counts;
    }

    /** Every table of the three service databases: a poison record must change none of them. */
    private Map<Service, List<String>> everyTable() throws SQLException {
        Map<Service, List<String>> tables = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            try (Connection connection = infrastructure.connect(service.database);
                 ResultSet result = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                List<String> names = new ArrayList<>();
                while (result.next()) {
                    names.add(result.getString("TABLE_NAME"));
                }
                tables.put(service, names);
            }
        }
        return tables;
    }
}
