package io.clinicflow.session.declarations;

import static io.clinicflow.session.declarations.AnswerCode.Kind.FITZPATRICK_SCALE;
import static io.clinicflow.session.declarations.AnswerCode.Kind.LAST_DATE;
import static io.clinicflow.session.declarations.AnswerCode.Kind.YES_NO;

/** The questions of the health declaration (DESIGN §5), each with the kind of answer it takes and how a client reads it. */
public enum AnswerCode {
    PREGNANT_OR_BREASTFEEDING(YES_NO,
            "Are you pregnant, trying to become pregnant, or breastfeeding?"),
    ACTIVE_INFECTION_OR_OPEN_WOUND_IN_AREA(YES_NO,
            "Do you have an infection, open wound or broken skin where you want to be treated?"),
    ACTIVE_COLD_SORE(YES_NO,
            "Do you have a cold sore right now?"),
    SKIN_CANCER_IN_AREA(YES_NO,
            "Have you ever had skin cancer, or a mole or patch being checked by a doctor, where you want to be treated?"),
    BLEEDING_DISORDER(YES_NO,
            "Do you have a bleeding or blood-clotting disorder (for example haemophilia)?"),
    METAL_OR_ANAESTHETIC_ALLERGY(YES_NO,
            "Are you allergic to any metal (such as nickel or stainless steel) or to numbing creams or local anaesthetics?"),
    ISOTRETINOIN_LAST_DOSE(LAST_DATE,
            "When did you last take isotretinoin (Roaccutane, Accutane) tablets?"),
    NEUROTOXIN_OR_FILLER_LAST(LAST_DATE,
            "When did you last have Botox or another anti-wrinkle injection, or a dermal filler?"),
    SUNBURN_LAST(LAST_DATE,
            "When were you last sunburnt?"),
    CHEMICAL_PEEL_OR_LASER_LAST(LAST_DATE,
            "When did you last have a chemical peel or laser treatment on your skin?"),
    PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING(YES_NO,
            "Do you scar easily, or have you had raised or thickened scars (keloids)?"),
    ECZEMA_PSORIASIS_ROSACEA_IN_AREA(YES_NO,
            "Do you have eczema, psoriasis, rosacea or another skin condition where you want to be treated?"),
    ACTIVE_ACNE_IN_AREA(YES_NO,
            "Do you have active spots or acne where you want to be treated?"),
    COLD_SORE_HISTORY(YES_NO,
            "Have you ever had cold sores?"),
    ANTICOAGULANTS(YES_NO,
            "Do you take blood thinners (for example warfarin, apixaban, or daily aspirin)?"),
    DIABETES_UNCONTROLLED(YES_NO,
            "Do you have diabetes that is not well controlled at the moment?"),
    IMMUNOSUPPRESSED(YES_NO,
            "Do you have a weakened immune system, or take medicine that suppresses it?"),
    FITZPATRICK_TYPE(FITZPATRICK_SCALE,
            "Which skin type are you, from 1 (very fair, always burns, never tans) to 6 (deeply pigmented, never burns)?"),
    RETINOID_LAST_USE(LAST_DATE,
            "When did you last use a retinol or retinoid cream (for example tretinoin)?");

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
    private final String question;

    AnswerCode(Kind kind, String question) {
        this.kind = kind;
        this.question = question;
    }

    public Kind kind() {
        return kind;
    }

    /** The question as the client reads it, in plain English. */
    public String question() {
        return question;
    }
}
