package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.ConflictException;

/** A state change the booking's current status (or time) does not allow: 409. */
public class IllegalBookingTransition extends ConflictException {

    IllegalBookingTransition(BookingId booking, BookingStatus status, String change) {
        super("Booking " + booking + " is " + status + " and cannot " + change);
    }
}
