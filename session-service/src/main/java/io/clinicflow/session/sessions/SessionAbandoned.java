package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.Booking;

import java.time.Instant;

/** A started session was stopped; its course stops with it (booking-service cancels the later bookings). */
public record SessionAbandoned(Booking booking, Instant abandonedAt, AbandonReason reason) {
}
