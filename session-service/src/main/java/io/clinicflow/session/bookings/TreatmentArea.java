package io.clinicflow.session.bookings;

/** The body areas a session treats (DESIGN §5). */
public enum TreatmentArea {
    FACE, NECK, DECOLLETAGE, HANDS, INNER_ARMS, ABDOMEN_WAIST, THIGHS, BACK
}
