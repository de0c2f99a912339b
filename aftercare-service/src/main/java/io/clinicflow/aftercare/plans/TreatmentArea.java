package io.clinicflow.aftercare.plans;

/** An area a session treated; every area but the face is a body area, whose aftercare messages say more. */
public enum TreatmentArea {
    FACE, NECK, DECOLLETAGE, HANDS, INNER_ARMS, ABDOMEN_WAIST, THIGHS, BACK;

    public boolean isBody() {
        return this != FACE;
    }
}
