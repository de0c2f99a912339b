package io.clinicflow.loadtest.volume;

import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.crm.JourneyStage;

import java.time.Duration;

/**
 * One event of a seeded journey, {@code after} its booking: what happened, and for a CRM update or an aftercare
 * message which stage or step (null otherwise).
 */
record JourneyStep(Duration after, Happening what, JourneyStage stage, AftercareStep step) {

    /** What a step records, and on whose topic. */
    enum Happening {
        BOOKED, SCREENED, CONFIRMED, DEFERRED, DECLINED, HELD_FOR_REVIEW, CANCELLED, NO_SHOW, CHECKED_IN, COMPLETED,
        STAGE_REACHED, PLAN_STARTED, MESSAGE_SENT, HEALING_CHECK_PASSED
    }

    static JourneyStep of(Duration after, Happening what) {
        return new JourneyStep(after, what, null, null);
    }

    static JourneyStep stage(Duration after, JourneyStage stage) {
        return new JourneyStep(after, Happening.STAGE_REACHED, stage, null);
    }

    static JourneyStep message(Duration after, AftercareStep step) {
        return new JourneyStep(after, Happening.MESSAGE_SENT, null, step);
    }
}
