package io.clinicflow.booking.offers;

import io.clinicflow.booking.availability.Slot;
import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Free slots offered to a client after a healing milestone of a completed session (its {@code sessionId}). */
public record FollowUpOffer(OfferId id, ClientId clientId, LocationId locationId, ZoneId timeZone, BookingId sessionId,
                            HealingMilestone milestone, OfferWindow window, List<Slot> slots, OfferStatus status,
                            BookingId acceptedBookingId, Instant createdAt) {

    public FollowUpOffer {
        slots = List.copyOf(slots);
    }

    static FollowUpOffer open(ClientId client, LocationId location, ZoneId timeZone, BookingId session,
                              HealingMilestone milestone, OfferWindow window, List<Slot> slots, Instant createdAt) {
        return new FollowUpOffer(OfferId.random(), client, location, timeZone, session, milestone, window, slots,
                OfferStatus.OPEN, null, createdAt);
    }

    boolean isOpen() {
        return status == OfferStatus.OPEN;
    }

    /** Whether a session starting then lies in the window, counted in the location's calendar. */
    boolean inWindow(Instant startsAt) {
        return window.contains(startsAt.atZone(timeZone).toLocalDate());
    }

    /** The practitioner of the offered slot that starts then, if one does. */
    Optional<PractitionerId> offeredPractitionerAt(Instant startsAt) {
        return slots.stream().filter(slot -> slot.startsAt().equals(startsAt)).map(Slot::practitionerId).findFirst();
    }

    FollowUpOffer acceptedWith(BookingId booking) {
        return new FollowUpOffer(id, clientId, locationId, timeZone, sessionId, milestone, window, slots,
                OfferStatus.ACCEPTED, booking, createdAt);
    }
}
