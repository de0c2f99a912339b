package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.Booking;

import java.time.Instant;

/** The client checked in for a confirmed booking on its day. */
public record SessionStarted(Booking booking, Instant startedAt) {
}
