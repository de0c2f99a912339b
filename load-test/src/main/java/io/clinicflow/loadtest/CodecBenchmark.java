package io.clinicflow.loadtest;

import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.events.codec.SingleObjectCodec;
import org.apache.avro.specific.SpecificRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The Avro single-object codec on the two events every booking journey carries; one operation = one event. */
@State(Scope.Thread)
public class CodecBenchmark {

    private final SingleObjectCodec codec = SingleObjectCodec.shipped();
    private SessionBooked sessionBooked;
    private ScreeningCompleted screeningCompleted;
    private byte[] sessionBookedBytes;
    private byte[] screeningCompletedBytes;

    @Setup
    public void realisticEvents() {
        String bookingId = UUID.randomUUID().toString();
        Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        sessionBooked = SessionBooked.newBuilder().setMeta(meta("SessionBooked", "booking-service"))
                .setBookingId(bookingId).setPractitionerId(UUID.randomUUID().toString())
                .setStartsAt(startsAt).setEndsAt(startsAt.plus(1, ChronoUnit.HOURS)).setTimeZone("Europe/London")
                .setTreatmentAreas(List.of(TreatmentArea.FACE, TreatmentArea.NECK))
                .setConcerns(List.of("FINE_LINES_WRINKLES", "ACNE_SCARS")).setCourseId(UUID.randomUUID().toString())
                .setSessionNumber(1).setCourseLength(3).build();
        screeningCompleted = ScreeningCompleted.newBuilder().setMeta(meta("ScreeningCompleted", "session-service"))
                .setScreeningId(UUID.randomUUID().toString()).setBookingId(bookingId)
                .setOutcome(ScreeningOutcome.REVIEW_REQUIRED).setReasonCodes(List.of("PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING"))
                .setEarliestEligibleDate(null).setRuleSetVersion("2026.1").setPreCareInstructions(List.of("PAUSE_RETINOIDS"))
                .build();
        sessionBookedBytes = codec.encode(sessionBooked);
        screeningCompletedBytes = codec.encode(screeningCompleted);
    }

    private static EventMetadata meta(String type, String producer) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID().toString()).setEventType(type)
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)).setProducer(producer)
                .setCorrelationId(UUID.randomUUID().toString()).setCausationId(UUID.randomUUID().toString())
                .setLocationId(UUID.randomUUID().toString()).setClientId(UUID.randomUUID().toString()).build();
    }

    @Benchmark
    public byte[] encodeSessionBooked() {
        return codec.encode(sessionBooked);
    }

    @Benchmark
    public SpecificRecord decodeSessionBooked() {
        return codec.decode(sessionBookedBytes);
    }

    @Benchmark
    public byte[] encodeScreeningCompleted() {
        return codec.encode(screeningCompleted);
    }

    @Benchmark
    public SpecificRecord decodeScreeningCompleted() {
        return codec.decode(screeningCompletedBytes);
    }
}
