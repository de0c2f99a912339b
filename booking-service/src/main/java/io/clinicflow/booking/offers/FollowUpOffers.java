package io.clinicflow.booking.offers;

import io.clinicflow.booking.availability.SessionLength;
import io.clinicflow.booking.availability.Slot;
import io.clinicflow.booking.bookings.BookSession;
import io.clinicflow.booking.bookings.Booking;
import io.clinicflow.booking.bookings.FrontDesk;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.clients.Clients;
import io.clinicflow.booking.events.AvroEvents;
import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.messaging.Inbox;
import io.clinicflow.messaging.Outbox;
import io.clinicflow.web.ConflictException;
import io.clinicflow.web.InvalidRequestException;
import io.clinicflow.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Offers healed clients real free slots for their next (or a maintenance) session, and books the one they accept. */
@Service
public class FollowUpOffers {

    private final OfferRepository offers;
    private final OfferedSlots offeredSlots;
    private final FrontDesk frontDesk;
    private final Locations locations;
    private final Clients clients;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Clock clock;

    FollowUpOffers(OfferRepository offers, OfferedSlots offeredSlots, FrontDesk frontDesk, Locations locations,
                   Clients clients, Outbox outbox, Inbox inbox, Clock clock) {
        this.offers = offers;
        this.offeredSlots = offeredSlots;
        this.frontDesk = frontDesk;
        this.locations = locations;
        this.clients = clients;
        this.outbox = outbox;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Opens an offer once per milestone event; a redelivered event changes nothing. */
    @Transactional
    public void offer(MilestoneReached milestone) {
        if (!inbox.firstDelivery(HealingMilestoneListener.ID, milestone.eventId())) {
            return;
        }
        Booking session = frontDesk.get(milestone.sessionId());
        Location location = locations.get(session.locationId());
        LocalDate sessionDate = session.startsAt().atZone(location.timeZone()).toLocalDate();
        OfferWindow window = milestone.milestone().window(sessionDate,
                milestone.reachedAt().atZone(location.timeZone()).toLocalDate());
        List<Slot> slots = offeredSlots.choose(location, session.practitionerId(), window,
                SessionLength.of(session.treatmentAreas()));
        FollowUpOffer offer = FollowUpOffer.open(session.clientId(), location.id(), location.timeZone(), session.id(),
                milestone.milestone(), window, slots, clock.instant());
        offers.add(offer);
        outbox.append(AvroEvents.of(new FollowUpOffered(offer, milestone.journey()), outbox));
    }

    /**
     * Books the accepted slot (any free one in the window) as the next session of the same course. Without a
     * practitioner, the one of the offered slot at that time, else the client's practitioner, is booked.
     */
    @Transactional
    public Booking accept(OfferId id, Instant startsAt, Optional<PractitionerId> practitioner) {
        FollowUpOffer offer = offers.lock(id).orElseThrow(() -> new NotFoundException("offer", id));
        if (!offer.isOpen()) {
            throw new ConflictException("Offer " + id + " is " + offer.status() + ", no longer open");
        }
        if (!offer.inWindow(startsAt)) {
            throw new InvalidRequestException("startsAt", "The offer is for " + offer.window().start() + " to "
                    + offer.window().end());
        }
        Booking session = frontDesk.get(offer.sessionId());
        PractitionerId who = practitioner.or(() -> offer.offeredPractitionerAt(startsAt))
                .orElse(session.practitionerId());
        Booking booking = frontDesk.bookFollowUp(new BookSession(session.clientId(), offer.locationId(), who, startsAt,
                session.treatmentAreas(), session.concerns()), session.course().next());
        offers.update(offer.acceptedWith(booking.id()));
        return booking;
    }

    /** Every offer of the client, whatever its status, newest first. */
    @Transactional(readOnly = true)
    public List<FollowUpOffer> of(ClientId client) {
        clients.get(client);
        return offers.ofClient(client);
    }
}
