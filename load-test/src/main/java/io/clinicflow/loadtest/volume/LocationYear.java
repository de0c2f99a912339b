package io.clinicflow.loadtest.volume;

import io.clinicflow.booking.bookings.BookingStatus;
import io.clinicflow.loadtest.volume.SeedIds.Kind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One location's bookings of the seeded history, in time order: most in the past, a share in the weeks ahead, each
 * in a slot of its own, grouped into courses of three sessions a third of the history apart (ADR 0060).
 */
final class LocationYear {

    /** Bookings ahead, as a share of all: the front desk fills the next four weeks, about a month in twelve. */
    static final double AHEAD_SHARE = 0.08;
    static final int COURSE_LENGTH = 3;
    /** A session ends before now: the latest past slot begins at least this long ago. */
    private static final Duration LATEST_PAST_SLOT = Duration.ofHours(1);
    /** A booking still in screening was booked a moment ago: session-service screens within the second. */
    private static final Duration JUST_BOOKED = Duration.ofSeconds(1);
    private static final List<List<String>> AREAS = List.of(List.of("FACE"), List.of("FACE"), List.of("FACE"),
            List.of("FACE", "NECK"), List.of("NECK"));
    private static final List<String> CONCERNS = List.of("FINE_LINES_WRINKLES", "ACNE_SCARS", "OTHER_SCARS",
            "SUN_DAMAGE_PIGMENTATION", "ENLARGED_PORES_BLACKHEADS", "SKIN_LAXITY");

    private final ChainYear chain;
    private final SeededLocation location;
    private final long bookings;
    private final long sessions;

    LocationYear(ChainYear chain, SeededLocation location, long bookings, long sessions) {
        this.chain = chain;
        this.location = location;
        this.bookings = bookings;
        this.sessions = sessions;
    }

    /** Courses of the location: the first third of its bookings each open one. */
    long courses() {
        return (bookings + COURSE_LENGTH - 1) / COURSE_LENGTH;
    }

    void forEach(Consumer<SeededBooking> each) {
        long ahead = Math.round(bookings * AHEAD_SHARE);
        long past = bookings - ahead;
        int practitioners = ChainSize.PRACTITIONERS_PER_LOCATION;
        Slots pastSlots = Slots.between(location.zone(), chain.historyStarts(), chain.now().minus(LATEST_PAST_SLOT),
                practitioners);
        Slots aheadSlots = Slots.between(location.zone(), chain.now(), chain.bookableUntil(), practitioners);
        BookingMix mix = new BookingMix(past, sessions);
        SplittableRandom draws = chain.ids().draws(Kind.BOOKING, location.index());
        for (long i = 0; i < past; i++) {
            int slot = pastSlots.pick(i, past, draws);
            each.accept(booking(i, pastSlots, slot, mix.past(i, draws), draws));
        }
        for (long j = 0; j < ahead; j++) {
            int slot = aheadSlots.pick(j, ahead, draws);
            each.accept(booking(past + j, aheadSlots, slot, mix.ahead(j), draws));
        }
    }

    private SeededBooking booking(long position, Slots slots, int slot, BookingStatus status, SplittableRandom draws) {
        long course = position % courses();
        Instant startsAt = slots.startsAt(slot);
        Instant bookedAt = status == BookingStatus.PENDING_SCREENING ? chain.now().minus(JUST_BOOKED)
                : earliest(startsAt.minus(Duration.ofMinutes(draws.nextLong(60, 30 * 24 * 60))),
                        chain.now().minus(Duration.ofMinutes(1)));
        SeedIds ids = chain.ids();
        int at = location.index();
        int client = (int) (course % chain.clientsPerLocation());
        return new SeededBooking(location, position, ids.of(Kind.BOOKING, at, position),
                chain.clientId(location, client), client,
                chain.practitionerId(location, slots.practitioner(slot)), ids.of(Kind.COURSE, at, course),
                (int) (position / courses()) + 1, COURSE_LENGTH, startsAt, bookedAt, status,
                AREAS.get(draws.nextInt(AREAS.size())), CONCERNS.get(draws.nextInt(CONCERNS.size())));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
