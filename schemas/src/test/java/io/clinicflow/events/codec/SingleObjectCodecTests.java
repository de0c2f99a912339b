package io.clinicflow.events.codec;

import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.ScreeningCompleted;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SingleObjectCodecTests {

    private final SingleObjectCodec codec = SingleObjectCodec.shipped();

    @Test
    void writesTheSingleObjectHeaderWithTheWriterFingerprint() {
        byte[] bytes = codec.encode(deferred());

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(fingerprint).isEqualTo(SchemaCatalog.fingerprintOf(ScreeningCompleted.SCHEMA$));
    }

    @Test
    void readsBackTheSameEvent() {
        ScreeningCompleted event = deferred();

        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    /** The encoder reuses a buffer per thread (issue 8): its bytes must stay exactly Avro's own single-object bytes. */
    @Test
    void writesTheSameBytesAsAvrosOwnSingleObjectEncoder() {
        ScreeningCompleted event = deferred();

        assertThat(codec.encode(event)).isEqualTo(encodeGeneric(ScreeningCompleted.SCHEMA$, event));
    }

    @Test
    void encodesASmallEventAfterOneLargerThanTheReusedBuffer() {
        ScreeningCompleted large = deferred();
        large.setReasonCodes(Collections.nCopies(20_000, "ISOTRETINOIN"));
        ScreeningCompleted small = deferred();

        byte[] largeBytes = codec.encode(large);
        byte[] smallBytes = codec.encode(small);

        assertThat(largeBytes.length).isGreaterThan(64 * 1024);
        assertThat(codec.decode(largeBytes)).isEqualTo(large);
        assertThat(smallBytes).isEqualTo(encodeGeneric(ScreeningCompleted.SCHEMA$, small));
    }

    @Test
    void encodesCleanlyAfterAnEncodeThatFailedHalfWay() {
        ScreeningCompleted incomplete = deferred();
        incomplete.setRuleSetVersion(null);                 // required: fails after meta and the ids were written
        ScreeningCompleted event = deferred();

        assertThatThrownBy(() -> codec.encode(incomplete)).isInstanceOf(RuntimeException.class);
        assertThat(codec.encode(event)).isEqualTo(encodeGeneric(ScreeningCompleted.SCHEMA$, event));
    }

    @Test
    void encodesFromManyThreadsAtOnce() throws Exception {
        List<ScreeningCompleted> events = IntStream.range(0, 400).mapToObj(i -> {
            ScreeningCompleted event = deferred();
            event.setBookingId("booking-" + i);
            event.setReasonCodes(Collections.nCopies(i % 7, "REASON-" + i));
            return event;
        }).toList();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> roundTrips = threads.invokeAll(events.stream()
                    .<Callable<Boolean>>map(event -> () -> codec.decode(codec.encode(event)).equals(event)).toList());
            for (Future<Boolean> roundTrip : roundTrips) {
                assertThat(roundTrip.get()).isTrue();
            }
        }
    }

    @Test
    void resolvesAnOlderWriterSchemaToTheCurrentReader() {
        Schema older = withoutField(ScreeningCompleted.SCHEMA$, "earliestEligibleDate");
        SingleObjectCodec reader = new SingleObjectCodec(
                SchemaCatalog.of(List.of(ScreeningCompleted.SCHEMA$), List.of(older)));
        GenericRecord written = new GenericData.Record(older);
        ScreeningCompleted current = deferred();
        older.getFields().forEach(field -> written.put(field.name(), current.get(field.name())));

        ScreeningCompleted read = (ScreeningCompleted) reader.decode(encodeGeneric(older, written));

        assertThat(read.getBookingId()).isEqualTo(current.getBookingId());
        assertThat(read.getEarliestEligibleDate()).isNull();
    }

    @Test
    void rejectsBytesWithoutTheSingleObjectHeader() {
        assertThatThrownBy(() -> codec.decode("{\"json\":true}".getBytes()))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("C3 01");
    }

    @Test
    void rejectsAnUnknownWriterFingerprint() {
        Schema stranger = SchemaBuilder.record("Stranger").namespace("elsewhere").fields().requiredString("x").endRecord();
        GenericRecord record = new GenericData.Record(stranger);
        record.put("x", "y");

        assertThatThrownBy(() -> codec.decode(encodeGeneric(stranger, record)))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("Unknown writer schema fingerprint");
    }

    @Test
    void rejectsATruncatedBody() {
        byte[] bytes = codec.encode(deferred());
        byte[] truncated = java.util.Arrays.copyOf(bytes, 14);

        assertThatThrownBy(() -> codec.decode(truncated)).isInstanceOf(UnreadableEventException.class);
    }

    @ParameterizedTest(name = "{0} stray byte(s) after the body")
    @ValueSource(ints = {1, 16, 4096})
    void rejectsBytesAfterTheBody(int strayBytes) {
        byte[] bytes = codec.encode(deferred());
        byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + strayBytes);

        assertThatThrownBy(() -> codec.decode(padded))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("Bytes after the Avro body");
    }

    /**
     * The finding of issue 23: a ClientErasureRequested fingerprint (meta, a string, a long) over a ScreeningCompleted
     * body reads as an erasure request of the screening's id, with the rest of the screening left over.
     */
    @Test
    void rejectsTheFingerprintOfOneSchemaOverTheLongerBodyOfAnother() {
        byte[] forged = codec.encode(deferred());
        ByteBuffer.wrap(forged, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putLong(SchemaCatalog.fingerprintOf(ClientErasureRequested.SCHEMA$));

        assertThatThrownBy(() -> codec.decode(forged))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("Bytes after the Avro body");
    }

    private static <T> byte[] encodeGeneric(Schema schema, T record) {
        try {
            ByteBuffer buffer = new BinaryMessageEncoder<T>(SpecificData.getForSchema(ScreeningCompleted.SCHEMA$), schema).encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Schema withoutField(Schema schema, String name) {
        List<Schema.Field> kept = schema.getFields().stream().filter(f -> !f.name().equals(name))
                .map(f -> new Schema.Field(f, f.schema())).toList();
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, kept);
    }

    static ScreeningCompleted deferred() {
        return ScreeningCompleted.newBuilder()
                .setMeta(EventMetadata.newBuilder()
                        .setEventId("5b0e6c1e-0000-4000-8000-000000000001").setEventType("ScreeningCompleted")
                        .setOccurredAt(Instant.parse("2026-11-26T10:15:30.123Z")).setProducer("session-service")
                        .setCorrelationId("c0ffee00-0000-4000-8000-000000000002")
                        .setLocationId("10c00000-0000-4000-8000-000000000003")
                        .setClientId("c1000000-0000-4000-8000-000000000004").build())
                .setScreeningId("5c000000-0000-4000-8000-000000000005")
                .setBookingId("b0000000-0000-4000-8000-000000000006")
                .setOutcome(ScreeningOutcome.DEFERRED)
                .setReasonCodes(List.of("ISOTRETINOIN"))
                .setEarliestEligibleDate(LocalDate.parse("2027-01-15"))
                .setRuleSetVersion("2026.11-skeleton")
                .build();
    }
}
