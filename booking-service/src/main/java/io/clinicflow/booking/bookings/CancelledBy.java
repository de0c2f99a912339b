package io.clinicflow.booking.bookings;

public enum CancelledBy {
    CLIENT, CLINIC
}
