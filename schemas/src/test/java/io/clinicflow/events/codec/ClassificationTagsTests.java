package io.clinicflow.events.codec;

import io.clinicflow.avro.aftercare.HealingCheckInRecorded;
import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.events.EventCatalog;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code classification} tags on fields and records are custom Avro properties: Parsing Canonical Form drops them,
 * so they change neither a schema's fingerprint nor the wire format, and the frozen baselines stay valid.
 */
class ClassificationTagsTests {

    private static final Pattern TAG = Pattern.compile(",\"classification\":\"[a-z-]+\"");
    /** "personal-encrypted": personal data a consumer reads only with the client's key, which erasure destroys. */
    private static final Set<String> VOCABULARY = Set.of("health", "personal", "personal-encrypted");

    @Test
    void tagsLeaveEveryFingerprintAsItWas() {
        List<Schema> tagged = EventCatalog.allEvents().stream().filter(schema -> TAG.matcher(schema.toString()).find())
                .toList();

        assertThat(tagged).hasSizeGreaterThanOrEqualTo(10).allSatisfy(schema ->
                assertThat(SchemaCatalog.fingerprintOf(schema)).as(schema.getFullName())
                        .isEqualTo(SchemaCatalog.fingerprintOf(untagged(schema))));
    }

    @Test
    void schemasTaggedAfterTheyWereFrozenStillHaveTheirBaselineFingerprint() {
        Set<Long> frozen = SchemaCatalog.frozenBaselines().stream().map(SchemaCatalog::fingerprintOf)
                .collect(Collectors.toSet());

        assertThat(List.of(HealingCheckInRecorded.SCHEMA$, SessionBooked.SCHEMA$, ClientRegistered.SCHEMA$))
                .allSatisfy(schema -> assertThat(frozen).as(schema.getFullName())
                        .contains(SchemaCatalog.fingerprintOf(schema)));
    }

    @Test
    void tagsUseTheClassificationVocabulary() {
        Set<String> used = Stream.concat(EventCatalog.allEvents().stream(), Stream.of(ClientPersonalData.SCHEMA$))
                .flatMap(schema -> TAG.matcher(schema.toString()).results())
                .map(match -> match.group().replaceAll(".*:\"([a-z-]+)\"", "$1"))
                .collect(Collectors.toSet());

        assertThat(used).isEqualTo(VOCABULARY);
    }

    private static Schema untagged(Schema schema) {
        String json = TAG.matcher(schema.toString()).replaceAll("");
        assertThat(json).doesNotContain("classification");
        return new Schema.Parser().parse(json);
    }
}
