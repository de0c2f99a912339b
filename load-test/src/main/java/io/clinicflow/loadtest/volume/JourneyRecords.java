package io.clinicflow.loadtest.volume;

import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.aftercare.AftercarePlanStarted;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.BookingDeclined;
import io.clinicflow.avro.booking.BookingDeferred;
import io.clinicflow.avro.booking.BookingHeldForReview;
import io.clinicflow.avro.booking.BookingMarkedNoShow;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.MessageChannel;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.avro.crm.ClientJourneyUpdated;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.avro.session.SessionStarted;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import org.apache.avro.specific.SpecificRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.clinicflow.loadtest.volume.ChainIds.Named.BOOKING;
import static io.clinicflow.loadtest.volume.ChainIds.Named.CLIENT;
import static io.clinicflow.loadtest.volume.ChainIds.Named.COURSE;
import static io.clinicflow.loadtest.volume.ChainIds.Named.LOCATION;
import static io.clinicflow.loadtest.volume.ChainIds.Named.PRACTITIONER;
import static io.clinicflow.loadtest.volume.ChainIds.Named.SCREENING;

/**
 * The Avro records of a seeded journey's steps, with the metadata the services' outbox stamps: a new event id, the
 * step's time, the producing service, the journey's correlation (its booking) and the previous step as the cause.
 */
final class JourneyRecords {

    /** Who writes each topic ({@code spring.application.name} of the service, the CloudEvents source). */
    private static final Map<String, String> PRODUCER_OF = Map.of(Topics.BOOKING_EVENTS, "booking-service",
            Topics.CRM_CLIENT_JOURNEY, "booking-service", Topics.SESSION_EVENTS, "session-service",
            Topics.AFTERCARE_EVENTS, "aftercare-service");
    /** As the outbox does, the metadata is made before its record, whose type and topic then fill these in. */
    private static final String TYPE_AND_PRODUCER_FROM_THE_RECORD = "";
    private static final String TIME_ZONE = "Europe/London";
    private static final String RULE_SET = "2026.1";
    private static final int COURSE_LENGTH = 3;
    private static final List<TreatmentArea> FACE = List.of(TreatmentArea.FACE);

    private final ChainIds ids;
    /** {@link EventCatalog#topicOf} searches the catalog; a year asks it millions of times for a dozen types. */
    private final Map<Class<?>, String> topicOf = new HashMap<>();

    JourneyRecords(ChainIds ids) {
        this.ids = ids;
    }

    SeededEvent event(Journey journey, int ordinal) {
        JourneyStep step = journey.steps().get(ordinal);
        Instant at = journey.at(step);
        SpecificRecord record = record(journey, step, meta(journey, ordinal, at));
        EventMetadata meta = EventCatalog.metaOf(record);
        String topic = topicOf.computeIfAbsent(record.getClass(), type -> EventCatalog.topicOf(record));
        meta.setEventType(record.getSchema().getName());
        meta.setProducer(PRODUCER_OF.get(topic));
        return new SeededEvent(topic, meta.getClientId(), meta.getProducer(), at, record);
    }

    private EventMetadata meta(Journey journey, int ordinal, Instant at) {
        return EventMetadata.newBuilder()
                .setEventId(ids.event(journey.index(), ordinal).toString())
                .setEventType(TYPE_AND_PRODUCER_FROM_THE_RECORD)
                .setOccurredAt(at)
                .setProducer(TYPE_AND_PRODUCER_FROM_THE_RECORD)
                .setCorrelationId(booking(journey))
                .setCausationId(ordinal == 0 ? null : ids.event(journey.index(), ordinal - 1).toString())
                .setLocationId(ids.of(LOCATION, journey.location()).toString())
                .setClientId(ids.of(CLIENT, journey.client()).toString())
                .build();
    }

    private SpecificRecord record(Journey journey, JourneyStep step, EventMetadata meta) {
        String booking = booking(journey);
        Instant at = meta.getOccurredAt();
        return switch (step.what()) {
            case BOOKED -> SessionBooked.newBuilder().setMeta(meta).setBookingId(booking)
                    .setPractitionerId(practitioner(journey)).setStartsAt(journey.startsAt())
                    .setEndsAt(journey.startsAt().plus(Journey.SESSION_LENGTH)).setTimeZone(TIME_ZONE)
                    .setTreatmentAreas(FACE).setCourseId(ids.of(COURSE, journey.index()).toString()).setSessionNumber(1)
                    .setCourseLength(COURSE_LENGTH).build();
            case SCREENED -> screening(journey, meta);
            case CONFIRMED -> new BookingConfirmed(meta, booking);
            case DEFERRED -> new BookingDeferred(meta, booking, deferredUntil(at));
            case DECLINED -> new BookingDeclined(meta, booking);
            case HELD_FOR_REVIEW -> new BookingHeldForReview(meta, booking);
            case CANCELLED -> BookingCancelled.newBuilder().setMeta(meta).setBookingId(booking).setCancelledBy("CLIENT")
                    .setCourseId(ids.of(COURSE, journey.index()).toString()).build();
            case NO_SHOW -> new BookingMarkedNoShow(meta, booking);
            case CHECKED_IN -> new SessionStarted(meta, booking, at);
            case COMPLETED -> SessionCompleted.newBuilder().setMeta(meta).setSessionId(booking)
                    .setPractitionerId(practitioner(journey)).setCompletedAt(at).setTimeZone(TIME_ZONE).setAreas(FACE)
                    .setDepthBand("MEDIUM").setCourseId(ids.of(COURSE, journey.index()).toString()).setSessionNumber(1)
                    .setCourseLength(COURSE_LENGTH).build();
            case STAGE_REACHED -> ClientJourneyUpdated.newBuilder().setMeta(meta).setStage(step.stage())
                    .setBookingId(booking).setStartsAt(journey.startsAt())
                    .setEndsAt(journey.startsAt().plus(Journey.SESSION_LENGTH)).build();
            case PLAN_STARTED -> new AftercarePlanStarted(meta, booking, Arrays.asList(AftercareStep.values()));
            case MESSAGE_SENT -> new AftercareMessageSent(meta,
                    ids.message(journey.index(), step.step().ordinal()).toString(), booking, step.step(),
                    MessageChannel.EMAIL, at);
            case HEALING_CHECK_PASSED -> new HealingMilestoneReached(meta, booking,
                    HealingMilestone.HEALING_CHECK_PASSED, at);
        };
    }

    private ScreeningCompleted screening(Journey journey, EventMetadata meta) {
        ScreeningCompleted.Builder screening = ScreeningCompleted.newBuilder().setMeta(meta)
                .setScreeningId(ids.of(SCREENING, journey.index()).toString()).setBookingId(booking(journey))
                .setRuleSetVersion(RULE_SET);
        return switch (journey.fate()) {
            case DEFERRED -> screening.setOutcome(ScreeningOutcome.DEFERRED)
                    .setReasonCodes(List.of("NEUROTOXIN_OR_FILLER"))
                    .setEarliestEligibleDate(deferredUntil(meta.getOccurredAt())).build();
            case DECLINED -> screening.setOutcome(ScreeningOutcome.DECLINED).setReasonCodes(List.of("PREGNANCY")).build();
            case HELD_FOR_REVIEW -> screening.setOutcome(ScreeningOutcome.REVIEW_REQUIRED)
                    .setReasonCodes(List.of("ACTIVE_ACNE")).build();
            default -> screening.setOutcome(ScreeningOutcome.CLEARED).build();
        };
    }

    private String booking(Journey journey) {
        return ids.of(BOOKING, journey.index()).toString();
    }

    private String practitioner(Journey journey) {
        return ids.of(PRACTITIONER, journey.practitioner()).toString();
    }

    private static LocalDate deferredUntil(Instant screenedAt) {
        return LocalDate.ofInstant(screenedAt, ZoneOffset.UTC).plusDays(14);
    }
}
