package io.clinicflow.booking.offers;

import io.clinicflow.booking.availability.SlotView;
import io.clinicflow.booking.bookings.Booking;
import io.clinicflow.booking.bookings.BookingView;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.clients.Clients;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.ClinicDate;
import io.clinicflow.web.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RestController
class OfferController {

    record AcceptRequest(@NotNull @ClinicDate OffsetDateTime startsAt, UUID practitionerId) {
    }

    record OfferView(UUID id, OfferStatus status, HealingMilestone milestone, UUID sessionId, LocalDate windowStart,
                     LocalDate windowEnd, List<SlotView> slots, OffsetDateTime createdAt) {
        static OfferView of(FollowUpOffer offer) {
            return new OfferView(offer.id().value(), offer.status(), offer.milestone(), offer.sessionId().value(),
                    offer.window().start(), offer.window().end(),
                    offer.slots().stream().map(slot -> SlotView.of(slot, offer.timeZone())).toList(),
                    offer.createdAt().atZone(offer.timeZone()).toOffsetDateTime());
        }
    }

    private final FollowUpOffers followUpOffers;
    private final Clients clients;
    private final LocationScope scope;

    OfferController(FollowUpOffers followUpOffers, Clients clients, LocationScope scope) {
        this.followUpOffers = followUpOffers;
        this.clients = clients;
        this.scope = scope;
    }

    /** Newest first, a page at a time (ADR 0037); offers at locations the caller does not cover are left out. */
    @GetMapping("/api/v1/clients/{id}/offers")
    List<OfferView> ofClient(@PathVariable UUID id, @Valid PageQuery paging) {
        ClientId client = clients.visibleTo(scope, new ClientId(id)).id();
        return followUpOffers.of(client, scope, paging.page()).stream().map(OfferView::of).toList();
    }

    /** The slot was taken meanwhile: 409 with the window's current free slots, read after the failed booking. */
    @ExceptionHandler
    ProblemDetail slotTaken(OfferSlotTaken e) {
        FollowUpOffer offer = followUpOffers.get(e.offerId());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("freeSlots", followUpOffers.freeSlots(e.offerId()).stream()
                .map(slot -> SlotView.of(slot, offer.timeZone())).toList());
        return problem;
    }

    @PostMapping("/api/v1/offers/{id}/accept")
    ResponseEntity<BookingView> accept(@PathVariable UUID id, @Valid @RequestBody AcceptRequest body) {
        scope.require(followUpOffers.get(new OfferId(id)), offer -> offer.locationId().value(), "offer", id);
        Booking booking = followUpOffers.accept(new OfferId(id), body.startsAt().toInstant(),
                Optional.ofNullable(body.practitionerId()).map(PractitionerId::new));
        return ResponseEntity.created(URI.create("/api/v1/bookings/" + booking.id())).body(BookingView.of(booking));
    }
}
