package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.milestones.HealingMilestone;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The steps of an aftercare plan (DESIGN §6): a message to the client, or a milestone that fires when due. */
public enum AftercareStep {
    DAY0_INSTRUCTIONS(0, null, null),
    DAY1_CHECK_IN(1, LocalTime.of(10, 0), null),
    DAY3_SKINCARE(3, null, null),
    DAY7_HEALING_CHECK(7, null, HealingMilestone.HEALING_CHECK_PASSED),
    /** Not planned at completion: sent when booking-service offers the follow-up (FollowUpOffered). */
    FOLLOW_UP_OFFER(-1, null, null),
    NEXT_SESSION(28, null, HealingMilestone.NEXT_SESSION_ELIGIBLE),
    RESULTS_REVIEW(42, null, null),
    MAINTENANCE(180, null, HealingMilestone.MAINTENANCE_DUE);

    private final int daysAfterCompletion;
    private final LocalTime timeOfDay;
    private final HealingMilestone milestone;

    AftercareStep(int daysAfterCompletion, LocalTime timeOfDay, HealingMilestone milestone) {
        this.daysAfterCompletion = daysAfterCompletion;
        this.timeOfDay = timeOfDay;
        this.milestone = milestone;
    }

    /** The steps of a session's plan: after the course's last session MAINTENANCE replaces NEXT_SESSION. */
    public static List<AftercareStep> planFor(boolean lastSessionOfCourse) {
        AftercareStep notThisTime = lastSessionOfCourse ? NEXT_SESSION : MAINTENANCE;
        return Arrays.stream(values()).filter(step -> step != notThisTime && step.plannedAtCompletion()).toList();
    }

    public boolean plannedAtCompletion() {
        return daysAfterCompletion >= 0;
    }

    public boolean isMessage() {
        return milestone == null;
    }

    public Optional<HealingMilestone> milestone() {
        return Optional.ofNullable(milestone);
    }

    /**
     * "+N days": N calendar days after the completion in the location's zone, at this step's time of day or else the
     * completion's; a local time that a DST change skips or repeats resolves as {@link ZonedDateTime#ofLocal} does.
     */
    public ZonedDateTime dueAfter(ZonedDateTime completion) {
        var local = completion.toLocalDateTime().plusDays(daysAfterCompletion);
        return ZonedDateTime.ofLocal(timeOfDay == null ? local : local.with(timeOfDay), completion.getZone(),
                completion.getOffset());
    }
}
