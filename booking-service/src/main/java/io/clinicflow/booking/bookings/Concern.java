package io.clinicflow.booking.bookings;

/** What the client wants treated (DESIGN §5, booking field). */
public enum Concern {
    FINE_LINES_WRINKLES, ACNE_SCARS, OTHER_SCARS, SUN_DAMAGE_PIGMENTATION, ENLARGED_PORES_BLACKHEADS, STRETCH_MARKS,
    SKIN_LAXITY
}
