package io.clinicflow.booking.offers;

import io.clinicflow.booking.availability.Slot;
import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.kernel.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpOfferTests {

    private static final PractitionerId MARA = PractitionerId.random();
    private static final PractitionerId NOOR = PractitionerId.random();
    private static final Instant TEN = Instant.parse("2027-01-05T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2027-01-05T11:00:00Z");

    /** Offered in New York: the window is counted in the location's days, 5 to 7 January. */
    private static FollowUpOffer offer() {
        return FollowUpOffer.open(ClientId.random(), LocationId.random(), ZoneId.of("America/New_York"),
                BookingId.random(), HealingMilestone.NEXT_SESSION_ELIGIBLE,
                new OfferWindow(LocalDate.parse("2027-01-05"), LocalDate.parse("2027-01-07")),
                List.of(new Slot(TEN, TEN.plusSeconds(3600), MARA), new Slot(ELEVEN, ELEVEN.plusSeconds(3600), NOOR)),
                TEN.minusSeconds(86_400));
    }

    @ParameterizedTest(name = "a session at {0} lies in the window: {1}")
    @CsvSource(textBlock = """
            2027-01-05T04:59:59Z, false
            2027-01-05T05:00:00Z, true
            2027-01-08T04:59:59Z, true
            2027-01-08T05:00:00Z, false
            """)
    void theWindowIsCountedInTheLocationsCalendar(Instant startsAt, boolean inWindow) {
        assertThat(offer().inWindow(startsAt)).isEqualTo(inWindow);
    }

    @Test
    void anOfferedSlotNamesItsPractitionerAnyOtherTimeNone() {
        FollowUpOffer offer = offer();

        assertThat(offer.offeredPractitionerAt(TEN)).contains(MARA);
        assertThat(offer.offeredPractitionerAt(ELEVEN)).contains(NOOR);
        assertThat(offer.offeredPractitionerAt(TEN.plusSeconds(1800))).isEmpty();
    }

    @Test
    void anOfferIsOpenUntilAcceptedWithTheBookingItMade() {
        FollowUpOffer offer = offer();
        BookingId booking = BookingId.random();

        FollowUpOffer accepted = offer.acceptedWith(booking);

        assertThat(offer.isOpen()).isTrue();
        assertThat(offer.status()).isEqualTo(OfferStatus.OPEN);
        assertThat(accepted.isOpen()).isFalse();
        assertThat(accepted.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(accepted.acceptedBookingId()).isEqualTo(booking);
        assertThat(accepted).usingRecursiveComparison().ignoringFields("status", "acceptedBookingId").isEqualTo(offer);
    }

    @Test
    void everyOfferEventNamesItsOffer() {
        FollowUpOffer offer = offer();
        Journey journey = Journey.start(UUID.randomUUID(), UUID.randomUUID());

        assertThat(List.<OfferEvent>of(new FollowUpOffered(offer, journey),
                new FollowUpOfferAccepted(offer, BookingId.random(), TEN, ELEVEN, journey),
                new FollowUpOfferExpired(offer, journey)))
                .extracting(OfferEvent::offerId).containsOnly(offer.id());
        assertThat(new OfferSlotTaken(offer.id(), "taken").offerId()).isEqualTo(offer.id());
        assertThat(offer.id().toString()).isEqualTo(offer.id().value().toString());
        assertThat(OfferId.random()).isNotEqualTo(offer.id());
    }
}
