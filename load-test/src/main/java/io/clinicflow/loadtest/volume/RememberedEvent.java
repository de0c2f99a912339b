package io.clinicflow.loadtest.volume;

import io.clinicflow.loadtest.volume.SeedIds.Kind;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The events of a booking's journey that the databases remember (inbox and outbox rows, screening triggers, plan
 * journeys), with ids drawn from the booking's: SessionBooked's id is the journey's correlation id, as in the services.
 */
enum RememberedEvent {
    SESSION_BOOKED, SCREENING_COMPLETED, BOOKING_STATUS_CHANGED, SESSION_COMPLETED, AFTERCARE_PLAN_STARTED;

    private static final int PER_BOOKING = 8;

    UUID id(ChainYear chain, SeededBooking booking) {
        return chain.ids().of(Kind.EVENT, booking.location().index(), booking.position() * PER_BOOKING + ordinal());
    }

    /** When it happened, a few seconds apart along the journey. */
    Instant occurredAt(SeededBooking booking) {
        return switch (this) {
            case SESSION_BOOKED -> booking.bookedAt();
            case SCREENING_COMPLETED, BOOKING_STATUS_CHANGED ->
                    booking.bookedAt().plus(Duration.ofSeconds(ordinal()));
            case SESSION_COMPLETED -> booking.completedAt();
            case AFTERCARE_PLAN_STARTED -> booking.completedAt().plus(Duration.ofSeconds(1));
        };
    }

    static String correlationId(ChainYear chain, SeededBooking booking) {
        return SESSION_BOOKED.id(chain, booking).toString();
    }
}
