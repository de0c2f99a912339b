package io.clinicflow.events.codec;

import io.clinicflow.events.EventCatalog;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The build fails when a schema stops being BACKWARD and FORWARD compatible with its frozen baseline. */
class SchemaCompatibilityTests {

    static Stream<Schema> frozen() {
        return SchemaCatalog.frozenBaselines().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frozen")
    void currentSchemaReadsAndIsReadByItsFrozenBaseline(Schema baseline) {
        Schema current = SchemaCatalog.shipped().readerSchema(baseline.getFullName()).orElseThrow(() ->
                new AssertionError(baseline.getFullName() + " was frozen but is no longer in the EventCatalog"));

        assertThat(mutuallyCompatible(current, baseline)).as(baseline.getFullName()).isTrue();
    }

    @Test
    void everyEventOfTheCatalogHasAFrozenBaseline() {
        List<String> frozenNames = frozen().map(Schema::getFullName).toList();

        assertThat(EventCatalog.allEvents()).extracting(Schema::getFullName).allMatch(frozenNames::contains);
    }

    @Test
    void baselineIndexListsEveryFrozenFile() throws IOException {
        Path baselineDir = Path.of("src/main/avro-baseline");
        try (Stream<Path> files = Files.walk(baselineDir)) {
            List<String> onDisk = files.filter(p -> p.toString().endsWith(".avsc"))
                    .map(p -> baselineDir.relativize(p).toString()).toList();
            assertThat(SchemaCatalog.baselineFiles()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    @Test
    void aRequiredFieldWithoutDefaultIsCaught() {
        Schema baseline = SchemaBuilder.record("Probe").fields().requiredString("bookingId").endRecord();
        Schema breaking = SchemaBuilder.record("Probe").fields().requiredString("bookingId")
                .requiredString("reason").endRecord();
        Schema evolving = SchemaBuilder.record("Probe").fields().requiredString("bookingId")
                .name("reason").type().stringType().stringDefault("").endRecord();

        assertThat(mutuallyCompatible(breaking, baseline)).isFalse();
        assertThat(mutuallyCompatible(evolving, baseline)).isTrue();
    }

    private static boolean mutuallyCompatible(Schema current, Schema baseline) {
        return compatible(current, baseline) && compatible(baseline, current);
    }

    private static boolean compatible(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
                == SchemaCompatibilityType.COMPATIBLE;
    }
}
