package io.clinicflow.session.screening;

/** Why a booking was screened (again). */
public enum ScreeningTrigger {
    SESSION_BOOKED, DECLARATION_SUBMITTED, BOOKING_RESCHEDULED
}
