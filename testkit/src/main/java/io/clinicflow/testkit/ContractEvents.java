package io.clinicflow.testkit;

import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.codec.SingleObjectCodec;
import org.apache.avro.specific.SpecificRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The contract's events as the service that owns them would publish them, for tests that play that service: one
 * place that stamps the envelope (DESIGN §4) and fills an event's fields with ordinary values, one place that sends it
 * (its topic, the client as key, the shipped codec). The builders come back unbuilt, so a test sets only the fields
 * its case is about: {@code events.sessionCompleted(session).setDepthBand("DEEP").build()}.
 */
public final class ContractEvents {

    private static final SingleObjectCodec CODEC = SingleObjectCodec.shipped();
    private static final String ZONE = "Europe/London";

    private final String clientId;
    private final String locationId;
    private final String correlationId;
    private final ClinicInfrastructure clinic = ClinicInfrastructure.shared();

    private ContractEvents(String clientId, String locationId, String correlationId) {
        this.clientId = clientId;
        this.locationId = locationId;
        this.correlationId = correlationId;
    }

    /** The events of one client's new journey at a location. */
    public static ContractEvents of(String clientId, String locationId) {
        return new ContractEvents(clientId, locationId, UUID.randomUUID().toString());
    }

    /** The events of one client's new journey at a location nobody else uses. */
    public static ContractEvents of(String clientId) {
        return of(clientId, UUID.randomUUID().toString());
    }

    /** The events that follow an earlier one of the same journey: same client, location and correlation. */
    public static ContractEvents following(EventMetadata earlier) {
        return new ContractEvents(earlier.getClientId(), earlier.getLocationId(), earlier.getCorrelationId());
    }

    /** The same client and journey at another location (a booking away from the client's home location). */
    public ContractEvents at(String otherLocationId) {
        return new ContractEvents(clientId, otherLocationId, correlationId);
    }

    public String clientId() {
        return clientId;
    }

    public String locationId() {
        return locationId;
    }

    public String correlationId() {
        return correlationId;
    }

    /** The envelope of a new event of that type, occurring now by the business clock. */
    public EventMetadata meta(Class<? extends SpecificRecord> type) {
        return meta(type, now());
    }

    /** The envelope of a new event of that type, occurring at that moment; its producer is the type's owner. */
    public EventMetadata meta(Class<? extends SpecificRecord> type, Instant occurredAt) {
        return new EventMetadata(UUID.randomUUID().toString(), type.getSimpleName(), occurredAt, producerOf(type),
                correlationId, null, locationId, clientId);
    }

    /** Sends each event on its topic with its client as key, as the owner's outbox relay would. */
    public static void publish(SpecificRecord... events) {
        TopicProbe topics = TopicProbe.of(ClinicInfrastructure.shared());
        for (SpecificRecord event : events) {
            topics.sendRaw(EventCatalog.topicOf(event), EventCatalog.metaOf(event).getClientId(), CODEC.encode(event));
        }
    }

    /** Ada Lovelace, born 1990-04-12. */
    public static ClientPersonalData ada(String email, String phone) {
        return new ClientPersonalData("Ada", "Lovelace", email, phone, LocalDate.of(1990, 4, 12));
    }

    /** The client registered at home at this location, their personal data sealed with their key; no consent yet. */
    public ClientRegistered.Builder clientRegistered(ClientPersonalData personalData) {
        return ClientRegistered.newBuilder()
                .setMeta(meta(ClientRegistered.class))
                .setPersonalData(clinic.personalDataSeal().seal(UUID.fromString(clientId), personalData))
                .setHomeLocationId(locationId)
                .setEmailConsent(false).setSmsConsent(false);
    }

    /** A face session of an hour in a week, in London, session 1 of a course of 3, with no concerns. */
    public SessionBooked.Builder sessionBooked(String bookingId) {
        Instant startsAt = now().plus(Duration.ofDays(7));
        return SessionBooked.newBuilder()
                .setMeta(meta(SessionBooked.class))
                .setBookingId(bookingId).setPractitionerId(UUID.randomUUID().toString())
                .setStartsAt(startsAt).setEndsAt(startsAt.plus(Duration.ofHours(1))).setTimeZone(ZONE)
                .setTreatmentAreas(List.of(TreatmentArea.FACE)).setConcerns(List.of())
                .setCourseId(UUID.randomUUID().toString()).setSessionNumber(1).setCourseLength(3);
    }

    /**
     * The booking screened with that outcome, no reasons, by rule set 2026.1. Fields added to the schema since are
     * left to their defaults, as any producer on an older schema would.
     */
    public ScreeningCompleted.Builder screeningCompleted(String bookingId, ScreeningOutcome outcome) {
        return ScreeningCompleted.newBuilder()
                .setMeta(meta(ScreeningCompleted.class))
                .setScreeningId(UUID.randomUUID().toString()).setBookingId(bookingId).setOutcome(outcome)
                .setReasonCodes(List.of()).setRuleSetVersion("2026.1");
    }

    /** A face session at medium depth completed now in London, session 1 of a course of 3. */
    public SessionCompleted.Builder sessionCompleted(String sessionId) {
        return SessionCompleted.newBuilder()
                .setMeta(meta(SessionCompleted.class))
                .setSessionId(sessionId).setPractitionerId(UUID.randomUUID().toString())
                .setCompletedAt(now()).setTimeZone(ZONE)
                .setAreas(List.of(TreatmentArea.FACE)).setDepthBand("MEDIUM")
                .setCourseId(UUID.randomUUID().toString()).setSessionNumber(1).setCourseLength(3);
    }

    public HealingMilestoneReached.Builder healingMilestoneReached(String sessionId, HealingMilestone milestone) {
        return HealingMilestoneReached.newBuilder()
                .setMeta(meta(HealingMilestoneReached.class))
                .setSessionId(sessionId).setMilestone(milestone).setReachedAt(now());
    }

    private Instant now() {
        return clinic.clock().instant();
    }

    /** The service that owns an event is named by its schema's namespace (the CRM topic is booking-service's). */
    private static String producerOf(Class<? extends SpecificRecord> type) {
        String owner = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
        return "crm".equals(owner) ? "booking-service" : owner + "-service";
    }
}
