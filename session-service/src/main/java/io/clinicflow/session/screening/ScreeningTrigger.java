package io.clinicflow.session.screening;

/** Why a booking was screened (again). */
public enum ScreeningTrigger {
    SESSION_BOOKED, HEALTH_DECLARATION_SUBMITTED
}
