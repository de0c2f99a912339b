package io.clinicflow.loadtest.volume;

import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.crm.JourneyStage;

import java.time.Duration;

/**
 * One event of a seeded journey, {@code after} its booking or its session's start: what happened, and for a CRM
 * update or an aftercare message which stage or step (null otherwise).
 */
record JourneyStep(Anchor from, Duration after, Happening what, JourneyStage stage, AftercareStep step) {

    /** The moment a step is counted from: the booking's or the session's. */
    enum Anchor { BOOKING, SESSION }

    /** What a step records, and on whose topic. */
    enum Happening {
        BOOKED, SCREENED, CONFIRMED, DEFERRED, DECLINED, HELD_FOR_REVIEW, CANCELLED, NO_SHOW, CHECKED_IN, COMPLETED,
        STAGE_REACHED, PLAN_STARTED, MESSAGE_SENT, HEALING_CHECK_PASSED
    }

    static JourneyStep of(Anchor from, Duration after, Happening what) {
        return new JourneyStep(from, after, what, null, null);
    }

    static JourneyStep stage(Anchor from, Duration after, JourneyStage stage) {
        return new JourneyStep(from, after, Happening.STAGE_REACHED, stage, null);
    }

    static JourneyStep message(Duration afterSessionStart, AftercareStep step) {
        return new JourneyStep(Anchor.SESSION, afterSessionStart, Happening.MESSAGE_SENT, null, step);
    }
}
