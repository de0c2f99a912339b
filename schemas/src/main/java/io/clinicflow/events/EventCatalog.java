package io.clinicflow.events;

import io.clinicflow.avro.aftercare.AftercareMessageFailed;
import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.aftercare.AftercarePlanStarted;
import io.clinicflow.avro.aftercare.HealingCheckInRecorded;
import io.clinicflow.avro.aftercare.HealingConcernRaised;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.booking.BookingAwaitingDeclaration;
import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.BookingDeclined;
import io.clinicflow.avro.booking.BookingDeferred;
import io.clinicflow.avro.booking.BookingHeldForReview;
import io.clinicflow.avro.booking.BookingMarkedNoShow;
import io.clinicflow.avro.booking.BookingRescheduled;
import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.avro.booking.FollowUpOfferAccepted;
import io.clinicflow.avro.booking.FollowUpOfferExpired;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.crm.ClientJourneyUpdated;
import io.clinicflow.avro.session.HealthDeclarationSubmitted;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.ScreeningReviewed;
import io.clinicflow.avro.session.SessionAbandoned;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.avro.session.SessionStarted;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

import java.util.List;
import java.util.Map;

/** Which event types travel on which topic: the schema half of the {@link Topics} registry. */
public final class EventCatalog {

    private static final Map<String, List<Schema>> EVENTS_BY_TOPIC = Map.of(
            Topics.BOOKING_EVENTS, List.of(ClientRegistered.SCHEMA$, SessionBooked.SCHEMA$, BookingConfirmed.SCHEMA$,
                    BookingHeldForReview.SCHEMA$, BookingDeferred.SCHEMA$, BookingDeclined.SCHEMA$,
                    BookingAwaitingDeclaration.SCHEMA$, BookingCancelled.SCHEMA$, BookingRescheduled.SCHEMA$,
                    BookingMarkedNoShow.SCHEMA$, FollowUpOffered.SCHEMA$, FollowUpOfferAccepted.SCHEMA$,
                    FollowUpOfferExpired.SCHEMA$, ClientErasureRequested.SCHEMA$),
            Topics.SESSION_EVENTS, List.of(HealthDeclarationSubmitted.SCHEMA$, ScreeningCompleted.SCHEMA$,
                    ScreeningReviewed.SCHEMA$, SessionStarted.SCHEMA$, SessionCompleted.SCHEMA$,
                    SessionAbandoned.SCHEMA$),
            Topics.AFTERCARE_EVENTS, List.of(AftercarePlanStarted.SCHEMA$, AftercareMessageSent.SCHEMA$,
                    AftercareMessageFailed.SCHEMA$, HealingCheckInRecorded.SCHEMA$, HealingConcernRaised.SCHEMA$,
                    HealingMilestoneReached.SCHEMA$),
            Topics.CRM_CLIENT_JOURNEY, List.of(ClientJourneyUpdated.SCHEMA$));

    private EventCatalog() {
    }

    public static List<Schema> eventsOn(String topic) {
        return EVENTS_BY_TOPIC.getOrDefault(topic, List.of());
    }

    public static List<Schema> allEvents() {
        return Topics.published().stream().flatMap(topic -> eventsOn(topic).stream()).toList();
    }

    /** The topic an event type is written to. */
    public static String topicOf(SpecificRecord event) {
        return Topics.published().stream()
                .filter(topic -> eventsOn(topic).stream().anyMatch(s -> s.getFullName().equals(event.getSchema().getFullName())))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No topic carries " + event.getSchema().getFullName()));
    }

    /** Every ClinicFlow event starts with {@code meta}; this reads it without knowing the event type. */
    public static EventMetadata metaOf(SpecificRecord event) {
        Schema.Field meta = event.getSchema().getField("meta");
        if (meta == null) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " has no meta field");
        }
        return (EventMetadata) event.get(meta.pos());
    }
}
