package io.clinicflow.booking.offers;

import io.clinicflow.booking.availability.Availability;
import io.clinicflow.booking.availability.SessionLength;
import io.clinicflow.booking.availability.Slot;
import io.clinicflow.booking.bookings.BookSession;
import io.clinicflow.booking.bookings.Booking;
import io.clinicflow.booking.bookings.FrontDesk;
import io.clinicflow.booking.bookings.PractitionerAlreadyBooked;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.clients.Clients;
import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.messaging.Inbox;
import io.clinicflow.kernel.Journey;
import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.ConflictException;
import io.clinicflow.kernel.InvalidRequestException;
import io.clinicflow.kernel.NotFoundException;
import io.clinicflow.kernel.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Offers healed clients real free slots for their next (or a maintenance) session, books the one they accept. */
@Service
public class FollowUpOffers {

    private final OfferRepository offers;
    private final OfferedSlots offeredSlots;
    private final FrontDesk frontDesk;
    private final Availability availability;
    private final Locations locations;
    private final Clients clients;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUpOffers(OfferRepository offers, OfferedSlots offeredSlots, FrontDesk frontDesk, Availability availability,
                   Locations locations, Clients clients, Inbox inbox, ApplicationEventPublisher events, Clock clock) {
        this.offers = offers;
        this.offeredSlots = offeredSlots;
        this.frontDesk = frontDesk;
        this.availability = availability;
        this.locations = locations;
        this.clients = clients;
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens an offer once per milestone event; a redelivered event changes nothing. A course's last session has no
     * next session: NEXT_SESSION_ELIGIBLE for it makes no offer (MAINTENANCE_DUE does).
     */
    @Transactional
    public void offer(MilestoneReached milestone) {
        if (!inbox.firstDelivery(HealingMilestoneListener.ID, milestone.eventId())) {
            return;
        }
        Booking session = frontDesk.get(milestone.sessionId());
        if (milestone.milestone() == HealingMilestone.NEXT_SESSION_ELIGIBLE && session.course().isLast()) {
            return;
        }
        Location location = locations.get(session.locationId());
        LocalDate sessionDate = session.startsAt().atZone(location.timeZone()).toLocalDate();
        OfferWindow window = milestone.milestone().window(sessionDate,
                milestone.reachedAt().atZone(location.timeZone()).toLocalDate());
        List<Slot> slots = offeredSlots.choose(location, session.practitionerId(), window,
                SessionLength.of(session.treatmentAreas(), location.settings()));
        FollowUpOffer offer = FollowUpOffer.open(session.clientId(), location.id(), location.timeZone(), session.id(),
                milestone.milestone(), window, slots, clock.instant());
        offers.add(offer);
        events.publishEvent(new FollowUpOffered(offer, milestone.journey()));
    }

    /**
     * Books the accepted slot (any free one in the window): the next session of the same course, or a maintenance
     * session. Without a practitioner, the one of the offered slot at that time, else the client's, is booked.
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
        PractitionerId who = practitioner.or(() -> offer.offeredPractitionerAt(startsAt)).orElse(session.practitionerId());
        BookSession next = new BookSession(session.clientId(), offer.locationId(), who, startsAt,
                session.treatmentAreas(), session.concerns());
        Booking booking = book(offer, next, session);
        FollowUpOffer accepted = offer.acceptedWith(booking.id());
        offers.update(accepted);
        events.publishEvent(new FollowUpOfferAccepted(accepted, booking.id(), booking.startsAt(), booking.endsAt(),
                Journey.start(offer.clientId().value(), offer.locationId().value())));
        return booking;
    }

    private Booking book(FollowUpOffer offer, BookSession next, Booking session) {
        try {
            return offer.milestone() == HealingMilestone.MAINTENANCE_DUE ? frontDesk.bookMaintenance(next)
                    : frontDesk.bookNextSession(next, session.course().courseId());
        } catch (PractitionerAlreadyBooked e) {
            throw new OfferSlotTaken(offer.id(), e.getMessage());
        }
    }

    @Transactional(readOnly = true)
    public FollowUpOffer get(OfferId id) {
        return offers.find(id).orElseThrow(() -> new NotFoundException("offer", id));
    }

    /** The free slots of the offer's window from today on, with every practitioner of its location. */
    @Transactional(readOnly = true)
    public List<Slot> freeSlots(OfferId id) {
        FollowUpOffer offer = get(id);
        Location location = locations.get(offer.locationId());
        Booking session = frontDesk.get(offer.sessionId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), location.timeZone());
        return offer.window().days().stream().filter(day -> !day.isBefore(today))
                .flatMap(day -> availability.on(location, day, Optional.empty(),
                        SessionLength.of(session.treatmentAreas(), location.settings())).stream())
                .toList();
    }

    /** Expires the open offers whose window ended by the business clock, each with its event. */
    @Transactional
    public void expireEnded() {
        offers.expireEnded(clock.instant()).forEach(offer -> {
            events.publishEvent(new FollowUpOfferExpired(offer,
                    Journey.start(offer.clientId().value(), offer.locationId().value())));
        });
    }

    /** A page of the client's offers at the locations the caller covers, whatever their status, newest first. */
    @Transactional(readOnly = true)
    public List<FollowUpOffer> of(ClientId client, LocationScope scope, Page page) {
        clients.get(client);
        return offers.ofClient(client, locations.coveredBy(scope), page);
    }
}
