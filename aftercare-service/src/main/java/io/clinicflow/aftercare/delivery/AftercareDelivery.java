package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.checkins.HealingCheckIns;
import io.clinicflow.aftercare.milestones.HealingMilestoneReached;
import io.clinicflow.aftercare.milestones.HealingMilestones;
import io.clinicflow.aftercare.plans.AftercarePlans;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.DueStep;
import io.clinicflow.aftercare.plans.QuietHours;
import io.clinicflow.aftercare.sessions.SessionId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Carries out a plan's step when it falls due: sends its messages, or records its milestone. */
@Service
public class AftercareDelivery {

    private final AftercarePlans plans;
    private final MessageDispatch dispatch;
    private final HealingMilestones milestones;
    private final HealingCheckIns checkIns;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AftercareDelivery(AftercarePlans plans, MessageDispatch dispatch, HealingMilestones milestones,
                      HealingCheckIns checkIns, TransactionTemplate transactions, Clock clock) {
        this.plans = plans;
        this.dispatch = dispatch;
        this.milestones = milestones;
        this.checkIns = checkIns;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Runs the step; returns the time to run it again when it fell due in quiet hours (a late run after a clock jump
     * or a retry), empty when it is done. Throws {@link StepNotDelivered} when a message failed with attempts left.
     */
    public Optional<Instant> deliver(SessionId sessionId, AftercareStep step) {
        DueStep due = plans.dueStep(sessionId, step)
                .orElseThrow(() -> new IllegalStateException("Session " + sessionId + " has no step " + step));
        if (due.cancelled()) {
            return Optional.empty();
        }
        if (step.milestone().isPresent()) {
            transactions.executeWithoutResult(status -> reachUnlessHeld(due));
            return Optional.empty();
        }
        ZonedDateTime now = clock.instant().atZone(due.timeZone());
        ZonedDateTime sendAt = QuietHours.defaults().shift(now);
        if (!sendAt.equals(now)) {
            transactions.executeWithoutResult(status -> plans.postpone(sessionId, step, sendAt.toInstant()));
            return Optional.of(sendAt.toInstant());
        }
        dispatch.sendWaiting(due);
        return Optional.empty();
    }

    /** An open concern holds the milestone: resolving the concern reaches it then (HealingCheckIns.resolve). */
    private void reachUnlessHeld(DueStep due) {
        plans.lock(due.sessionId());
        if (!checkIns.holdsMilestones(due.sessionId())) {
            milestones.reach(new HealingMilestoneReached(due.sessionId(), due.step().milestone().orElseThrow(),
                    due.runsAt(), due.journey()));
        }
    }
}
