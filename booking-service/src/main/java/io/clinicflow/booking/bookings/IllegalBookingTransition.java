package io.clinicflow.booking.bookings;

/** A state change the booking's current status does not allow. */
public class IllegalBookingTransition extends RuntimeException {

    IllegalBookingTransition(BookingId booking, BookingStatus status, String change) {
        super("Booking " + booking + " is " + status + " and cannot " + change);
    }
}
