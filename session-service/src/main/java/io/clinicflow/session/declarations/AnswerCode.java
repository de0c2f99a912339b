package io.clinicflow.session.declarations;

import static io.clinicflow.session.declarations.AnswerCode.Kind.FITZPATRICK_SCALE;
import static io.clinicflow.session.declarations.AnswerCode.Kind.LAST_DATE;
import static io.clinicflow.session.declarations.AnswerCode.Kind.YES_NO;

/** The questions of the health declaration (DESIGN §5), each with the kind of answer it takes. */
public enum AnswerCode {
    PREGNANT_OR_BREASTFEEDING(YES_NO),
    ACTIVE_INFECTION_OR_OPEN_WOUND_IN_AREA(YES_NO),
    ACTIVE_COLD_SORE(YES_NO),
    SKIN_CANCER_IN_AREA(YES_NO),
    BLEEDING_DISORDER(YES_NO),
    METAL_OR_ANAESTHETIC_ALLERGY(YES_NO),
    ISOTRETINOIN_LAST_DOSE(LAST_DATE),
    NEUROTOXIN_OR_FILLER_LAST(LAST_DATE),
    SUNBURN_LAST(LAST_DATE),
    CHEMICAL_PEEL_OR_LASER_LAST(LAST_DATE),
    PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING(YES_NO),
    ECZEMA_PSORIASIS_ROSACEA_IN_AREA(YES_NO),
    ACTIVE_ACNE_IN_AREA(YES_NO),
    COLD_SORE_HISTORY(YES_NO),
    ANTICOAGULANTS(YES_NO),
    DIABETES_UNCONTROLLED(YES_NO),
    IMMUNOSUPPRESSED(YES_NO),
    FITZPATRICK_TYPE(FITZPATRICK_SCALE),
    RETINOID_LAST_USE(LAST_DATE);

    /** What an answer to the question looks like; {@code false} ("no", "never") is accepted for every kind. */
    public enum Kind {
        /** {@code true} or {@code false}. */
        YES_NO,
        /** The ISO date it last happened; never in the future. */
        LAST_DATE,
        /** A Fitzpatrick skin type, 1 to 6. */
        FITZPATRICK_SCALE
    }

    private final Kind kind;

    AnswerCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
