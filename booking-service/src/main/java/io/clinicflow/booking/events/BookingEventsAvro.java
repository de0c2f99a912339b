package io.clinicflow.booking.events;

import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.TimeSlot;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.avro.booking.ClientPersonalData;
import io.clinicflow.booking.availability.Slot;
import io.clinicflow.booking.bookings.BookingAwaitingDeclaration;
import io.clinicflow.booking.bookings.BookingCancelled;
import io.clinicflow.booking.bookings.BookingConfirmed;
import io.clinicflow.booking.bookings.BookingDeclined;
import io.clinicflow.booking.bookings.BookingDeferred;
import io.clinicflow.booking.bookings.BookingEvent;
import io.clinicflow.booking.bookings.BookingHeldForReview;
import io.clinicflow.booking.bookings.BookingMarkedNoShow;
import io.clinicflow.booking.bookings.BookingRescheduled;
import io.clinicflow.booking.bookings.SessionBooked;
import io.clinicflow.booking.clients.Client;
import io.clinicflow.booking.clients.ClientErasureRequested;
import io.clinicflow.booking.clients.ClientRegistered;
import io.clinicflow.booking.offers.FollowUpOffer;
import io.clinicflow.booking.offers.FollowUpOfferAccepted;
import io.clinicflow.booking.offers.FollowUpOfferExpired;
import io.clinicflow.booking.offers.FollowUpOffered;
import io.clinicflow.booking.offers.OfferEvent;
import io.clinicflow.privacy.PersonalDataSeal;
import org.apache.avro.specific.SpecificRecord;

import java.util.UUID;

/** booking-service's domain events as the Avro records of the booking topic, around the metadata the outbox stamped. */
final class BookingEventsAvro {

    private BookingEventsAvro() {
    }

    /** Ids and consent in clear; the personal fields sealed with the client's own key (ADR 0030). */
    static SpecificRecord of(ClientRegistered event, EventMetadata meta, PersonalDataSeal seal) {
        Client client = event.client();
        ClientPersonalData personalData = new ClientPersonalData(client.firstName(), client.lastName(),
                client.email(), client.phone(), client.dateOfBirth());
        return io.clinicflow.avro.booking.ClientRegistered.newBuilder()
                .setMeta(meta)
                .setPersonalData(seal.seal(client.id().value(), personalData))
                .setHomeLocationId(client.homeLocationId().toString())
                .setEmailConsent(client.consent().email())
                .setSmsConsent(client.consent().sms())
                .build();
    }

    static SpecificRecord of(ClientErasureRequested event, EventMetadata meta) {
        return new io.clinicflow.avro.booking.ClientErasureRequested(meta, event.clientId().toString(),
                event.requestedAt());
    }

    /** A cancellation's reason only sealed with the client's key (ADR 0043); the clear {@code reason} stays null. */
    static SpecificRecord of(BookingEvent event, EventMetadata meta, PersonalDataSeal seal) {
        String booking = event.bookingId().toString();
        return switch (event) {
            case SessionBooked booked -> sessionBooked(booked, meta);
            case BookingConfirmed confirmed -> new io.clinicflow.avro.booking.BookingConfirmed(meta, booking);
            case BookingHeldForReview held -> new io.clinicflow.avro.booking.BookingHeldForReview(meta, booking);
            case BookingDeferred deferred ->
                    new io.clinicflow.avro.booking.BookingDeferred(meta, booking, deferred.earliestEligibleDate());
            case BookingDeclined declined -> new io.clinicflow.avro.booking.BookingDeclined(meta, booking);
            case BookingAwaitingDeclaration awaiting ->
                    new io.clinicflow.avro.booking.BookingAwaitingDeclaration(meta, booking);
            case BookingCancelled cancelled -> bookingCancelled(cancelled, meta, seal);
            case BookingRescheduled moved -> new io.clinicflow.avro.booking.BookingRescheduled(meta, booking,
                    moved.practitionerId().toString(), moved.startsAt(), moved.endsAt(), moved.previousStartsAt());
            case BookingMarkedNoShow noShow -> new io.clinicflow.avro.booking.BookingMarkedNoShow(meta, booking);
        };
    }

    static SpecificRecord of(OfferEvent event, EventMetadata meta) {
        String offer = event.offerId().toString();
        return switch (event) {
            case FollowUpOffered offered -> followUpOffered(offered.offer(), meta);
            case FollowUpOfferAccepted accepted -> new io.clinicflow.avro.booking.FollowUpOfferAccepted(meta, offer,
                    accepted.bookingId().toString(), accepted.startsAt());
            case FollowUpOfferExpired expired -> new io.clinicflow.avro.booking.FollowUpOfferExpired(meta, offer,
                    expired.offer().sessionId().toString());
        };
    }

    private static io.clinicflow.avro.booking.FollowUpOffered followUpOffered(FollowUpOffer offer, EventMetadata meta) {
        return io.clinicflow.avro.booking.FollowUpOffered.newBuilder()
                .setMeta(meta)
                .setOfferId(offer.id().toString())
                .setSessionId(offer.sessionId().toString())
                .setMilestone(HealingMilestone.valueOf(offer.milestone().name()))
                .setWindowStart(offer.window().start())
                .setWindowEnd(offer.window().end())
                .setSlots(offer.slots().stream().map(BookingEventsAvro::timeSlot).toList())
                .build();
    }

    private static io.clinicflow.avro.booking.BookingCancelled bookingCancelled(BookingCancelled event,
                                                                                EventMetadata meta, PersonalDataSeal seal) {
        return io.clinicflow.avro.booking.BookingCancelled.newBuilder()
                .setMeta(meta)
                .setBookingId(event.bookingId().toString())
                .setCancelledBy(event.cancelledBy().name())
                .setReason(null)
                .setSealedReason(seal.sealReason(UUID.fromString(meta.getClientId()), event.reason()).orElse(null))
                .setCourseId(event.courseId().toString())
                .setCourseCancelled(event.courseCancelled())
                .build();
    }

    private static io.clinicflow.avro.booking.SessionBooked sessionBooked(SessionBooked event, EventMetadata meta) {
        return io.clinicflow.avro.booking.SessionBooked.newBuilder()
                .setMeta(meta)
                .setBookingId(event.bookingId().toString())
                .setPractitionerId(event.practitionerId().toString())
                .setStartsAt(event.startsAt())
                .setEndsAt(event.endsAt())
                .setTimeZone(event.timeZone().getId())
                .setTreatmentAreas(event.treatmentAreas().stream().map(area -> TreatmentArea.valueOf(area.name())).toList())
                .setConcerns(event.concerns().stream().map(Enum::name).toList())
                .setCourseId(event.course().courseId().toString())
                .setSessionNumber(event.course().sessionNumber())
                .setCourseLength(event.course().courseLength())
                .build();
    }

    private static TimeSlot timeSlot(Slot slot) {
        return new TimeSlot(slot.startsAt(), slot.endsAt(), slot.practitionerId().toString());
    }
}
