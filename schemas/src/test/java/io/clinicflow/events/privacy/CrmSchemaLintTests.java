package io.clinicflow.events.privacy;

import io.clinicflow.avro.aftercare.HealingCheckInRecorded;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a CRM subscriber can read holds no health data: neither tagged as such nor named like it (ADR 0027). */
class CrmSchemaLintTests {

    private static final String CRM_NAMESPACE = "io.clinicflow.avro.crm";
    private static final Path AVRO = Path.of("src/main/avro");

    /** The events of the CRM topic and every schema of the crm namespace, whether or not a topic carries it yet. */
    static Stream<Schema> crmFacing() throws IOException {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        EventCatalog.eventsOn(Topics.CRM_CLIENT_JOURNEY).forEach(schema -> schemas.put(schema.getFullName(), schema));
        Schema.Parser parser = new Schema.Parser();
        parseAll(parser, AVRO.resolve("common"));
        parseAll(parser, AVRO.resolve("crm")).forEach(schema -> schemas.putIfAbsent(schema.getFullName(), schema));
        return schemas.values().stream();
    }

    @Test
    void theCrmTopicCarriesOnlyCrmSchemas() throws IOException {
        assertThat(EventCatalog.eventsOn(Topics.CRM_CLIENT_JOURNEY)).isNotEmpty()
                .allSatisfy(schema -> assertThat(schema.getNamespace()).isEqualTo(CRM_NAMESPACE));
        assertThat(crmFacing()).extracting(Schema::getFullName).contains(CRM_NAMESPACE + ".ClientJourneyUpdated");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crmFacing")
    void crmSchemaCarriesNoHealthData(Schema schema) {
        assertThat(HealthDataLint.check(schema)).as(schema.getFullName()).isEmpty();
    }

    @Test
    void lintFindsHealthDataTaggedOrNamedAnywhereInASchema() {
        Schema bad = new Schema.Parser().parse("""
                {"type": "record", "name": "LeakyJourney", "namespace": "io.clinicflow.avro.crm", "fields": [
                  {"name": "clientId", "type": "string"},
                  {"name": "note", "type": "string", "classification": "health"},
                  {"name": "offer", "type": ["null", {"type": "record", "name": "Offer", "fields": [
                    {"name": "offerId", "type": "string"},
                    {"name": "reasonCodes", "type": {"type": "array", "items": "string"}}]}]},
                  {"name": "sessions", "type": {"type": "array", "items": {"type": "record", "name": "Visit", "fields": [
                    {"name": "needleDepthMm", "type": "double"}]}}},
                  {"name": "scores", "type": {"type": "map", "values":
                    {"type": "int", "classification": "health"}}},
                  {"name": "stage", "type": {"type": "enum", "name": "Stage", "symbols": ["BOOKED", "DEFERRED"]}},
                  {"name": "lastCheckIn", "type": ["null", "long"], "default": null}
                ]}""");

        assertThat(HealthDataLint.check(bad)).extracting(Object::toString).containsExactlyInAnyOrder(
                "LeakyJourney.note: tagged classification=health",
                "LeakyJourney.offer.reasonCodes: named like health data (reason)",
                "LeakyJourney.sessions[].needleDepthMm: named like health data (depth)",
                "LeakyJourney.scores{}: tagged classification=health",
                "LeakyJourney.stage=DEFERRED: named like health data (deferr)",
                "LeakyJourney.lastCheckIn: named like health data (checkin)");
    }

    @Test
    void lintFindsTheTaggedHealthDataOfTheClinicalEvents() {
        assertThat(HealthDataLint.check(ScreeningCompleted.SCHEMA$)).extracting(HealthDataLint.Violation::path)
                .contains("ScreeningCompleted", "ScreeningCompleted.outcome", "ScreeningCompleted.reasonCodes",
                        "ScreeningCompleted.earliestEligibleDate", "ScreeningCompleted.preCareInstructions");
        assertThat(HealthDataLint.check(HealingCheckInRecorded.SCHEMA$)).extracting(HealthDataLint.Violation::why)
                .filteredOn(why -> why.startsWith("tagged")).hasSize(5);
    }

    private static List<Schema> parseAll(Schema.Parser parser, Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".avsc")).sorted().map(file -> parse(parser, file))
                    .toList();
        }
    }

    private static Schema parse(Schema.Parser parser, Path file) {
        try {
            return parser.parse(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
