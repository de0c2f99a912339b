package io.clinicflow.deploy;

import io.clinicflow.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The ACL table of deploy/kafka covers every topic, grants least privilege, and is what create-acls.sh applies. */
class AclTableTests {

    /** Who produces each event topic and who consumes it (the services' @KafkaListener topics). */
    private static final Map<String, String> PRODUCERS = Map.of(Topics.BOOKING_EVENTS, "booking-service",
            Topics.SESSION_EVENTS, "session-service", Topics.AFTERCARE_EVENTS, "aftercare-service",
            Topics.CRM_CLIENT_JOURNEY, "booking-service");
    private static final Map<String, List<String>> SERVICE_CONSUMERS = Map.of(
            Topics.BOOKING_EVENTS, List.of("session-service", "aftercare-service"),
            Topics.SESSION_EVENTS, List.of("booking-service", "aftercare-service"),
            Topics.AFTERCARE_EVENTS, List.of("booking-service"));

    private final AclTable table = AclTable.read();

    @Test
    void coversEveryTopicOfTheRegistry() {
        List<String> named = table.grants().stream()
                .flatMap(grant -> java.util.stream.Stream.concat(grant.writes().stream(), grant.reads().stream()))
                .distinct().toList();

        assertThat(named).containsExactlyInAnyOrderElementsOf(TopicInitTests.withSnapshots(Topics.all()));
    }

    @Test
    void theDashboardAloneWritesAndReadsItsSnapshots() {
        assertThat(table.writersOf(Topics.DASHBOARD_SNAPSHOTS)).containsExactly("ops-dashboard");
        assertThat(table.readersOf(Topics.DASHBOARD_SNAPSHOTS)).containsExactly("ops-dashboard");
    }

    @Test
    void eachTopicIsWrittenByItsProducerOnly() {
        PRODUCERS.forEach((topic, producer) -> assertThat(table.writersOf(topic)).as(topic).containsExactly(producer));
    }

    @Test
    void consumersReadTheirTopicsAndWriteTheirDeadLettersAndProducersReplayTheirOwn() {
        SERVICE_CONSUMERS.forEach((topic, consumers) -> {
            assertThat(table.readersOf(topic)).as(topic).containsAll(consumers).doesNotContain("crm");
            assertThat(table.writersOf(Topics.deadLetterOf(topic))).as(Topics.deadLetterOf(topic))
                    .containsExactlyInAnyOrderElementsOf(consumers);
            assertThat(table.readersOf(Topics.deadLetterOf(topic))).as(Topics.deadLetterOf(topic))
                    .containsExactlyInAnyOrder(PRODUCERS.get(topic), "ops-dashboard");
        });
    }

    @Test
    void theCrmReadsTheCrmTopicOnly() {
        AclTable.Grant crm = table.of("crm");

        assertThat(crm.reads()).containsExactly(Topics.CRM_CLIENT_JOURNEY);
        assertThat(crm.writes()).isEmpty();
        assertThat(crm.describesGroups()).isEmpty();
        assertThat(table.readersOf(Topics.CRM_CLIENT_JOURNEY)).containsExactly("crm");
    }

    @Test
    void consumerGroupPrefixesDoNotOverlap() {
        List<String> prefixes = table.grants().stream().map(AclTable.Grant::groupPrefix).toList();

        assertThat(prefixes).doesNotHaveDuplicates().allSatisfy(prefix -> assertThat(prefixes)
                .filteredOn(other -> !other.equals(prefix) && other.startsWith(prefix)).isEmpty());
    }

    @Test
    void createAclsAppliesTheTable(@TempDir Path kafkaHome) throws IOException, InterruptedException {
        List<String> calls = runCreateAcls(kafkaHome);

        for (AclTable.Grant grant : table.grants()) {
            String principal = "--allow-principal User:" + grant.principal() + " ";
            grant.writes().forEach(topic -> assertThat(calls).as(grant.principal() + " writes " + topic)
                    .contains(principal + "--operation Write --operation Describe --topic " + topic));
            grant.reads().forEach(topic -> assertThat(calls).as(grant.principal() + " reads " + topic)
                    .contains(principal + "--operation Read --operation Describe --topic " + topic));
            assertThat(calls).contains(principal + "--operation Read --group " + grant.groupPrefix()
                    + " --resource-pattern-type prefixed");
        }
        long grants = table.grants().stream().mapToLong(grant -> grant.writes().size() + grant.reads().size() + 1
                + grant.describesGroups().stream().count()).sum();
        assertThat(calls).hasSize((int) grants);
    }

    private static List<String> runCreateAcls(Path kafkaHome) throws IOException, InterruptedException {
        Path log = kafkaHome.resolve("calls.log");
        Files.createDirectories(kafkaHome.resolve("bin"));
        Path stub = kafkaHome.resolve("bin").resolve("kafka-acls.sh");
        Files.writeString(stub, "#!/bin/sh\nshift 4\necho \"$*\" >> '" + log + "'\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder script = new ProcessBuilder("sh", Checkout.file("deploy/kafka/create-acls.sh").toString())
                .redirectErrorStream(true);
        script.environment().put("KAFKA_HOME", kafkaHome.toString());
        script.environment().put("COMMAND_CONFIG", "/tmp/admin.properties");
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return Files.readAllLines(log).stream().map(line -> line.replaceFirst("^--add ", "")).toList();
    }
}
