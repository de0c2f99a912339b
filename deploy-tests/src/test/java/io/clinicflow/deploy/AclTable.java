package io.clinicflow.deploy;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** deploy/kafka/acls.txt read as create-acls.sh reads it: one grant row per principal (ADR 0028). */
record AclTable(List<Grant> grants) {

    static final String FILE = "deploy/kafka/acls.txt";

    /** What one principal may do: topics it writes and reads, its consumer-group prefix, groups it may describe. */
    record Grant(String principal, List<String> writes, List<String> reads, String groupPrefix,
                 Optional<String> describesGroups) {

        /** The ACLs create-acls.sh adds for this row, as Kafka's Admin API spells them. */
        Stream<AclBinding> bindings() {
            return Stream.of(
                    writes.stream().flatMap(topic -> allow(ResourceType.TOPIC, topic, PatternType.LITERAL,
                            AclOperation.WRITE, AclOperation.DESCRIBE)),
                    reads.stream().flatMap(topic -> allow(ResourceType.TOPIC, topic, PatternType.LITERAL,
                            AclOperation.READ, AclOperation.DESCRIBE)),
                    allow(ResourceType.GROUP, groupPrefix, PatternType.PREFIXED, AclOperation.READ),
                    describesGroups.stream().flatMap(groups -> allow(ResourceType.GROUP, groups, PatternType.LITERAL,
                            AclOperation.DESCRIBE))).flatMap(grants -> grants);
        }

        private Stream<AclBinding> allow(ResourceType type, String name, PatternType pattern,
                                         AclOperation... operations) {
            ResourcePattern resource = new ResourcePattern(type, name, pattern);
            return Arrays.stream(operations).map(operation -> new AclBinding(resource,
                    new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW)));
        }
    }

    static AclTable read() {
        try (Stream<String> lines = Files.lines(Checkout.file(FILE))) {
            return new AclTable(lines.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(AclTable::grant).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Grant of(String principal) {
        return grants.stream().filter(grant -> grant.principal().equals(principal)).findFirst()
                .orElseThrow(() -> new AssertionError(principal + " is not in " + FILE));
    }

    List<String> writersOf(String topic) {
        return grants.stream().filter(grant -> grant.writes().contains(topic)).map(Grant::principal).toList();
    }

    List<String> readersOf(String topic) {
        return grants.stream().filter(grant -> grant.reads().contains(topic)).map(Grant::principal).toList();
    }

    /** Every ACL of the table: what create-acls.sh adds with kafka-acls.sh and KafkaAclTests with the Admin API. */
    List<AclBinding> bindings() {
        return grants.stream().flatMap(Grant::bindings).toList();
    }

    List<String> principals() {
        return grants.stream().map(Grant::principal).toList();
    }

    private static Grant grant(String line) {
        String[] columns = line.split("\\|", -1);
        if (columns.length != 5) {
            throw new IllegalArgumentException("Not 5 columns in " + FILE + ": " + line);
        }
        String describes = columns[4].strip();
        return new Grant(columns[0].strip(), words(columns[1]), words(columns[2]), columns[3].strip(),
                describes.equals("-") ? Optional.empty() : Optional.of(describes));
    }

    private static List<String> words(String column) {
        return Arrays.stream(column.strip().split("\\s+")).filter(word -> !word.isEmpty() && !word.equals("-")).toList();
    }
}
