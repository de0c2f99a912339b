package io.clinicflow.aftercare.checkins;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.milestones.HealingMilestoneReached;
import io.clinicflow.aftercare.milestones.HealingMilestones;
import io.clinicflow.aftercare.plans.AftercarePlans;
import io.clinicflow.aftercare.plans.StoredPlan;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.RandomUuid;
import io.clinicflow.kernel.ConflictException;
import io.clinicflow.kernel.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Records clients' healing check-ins, raises concerns that hold a session's milestones, and resolves them. */
@Service
public class HealingCheckIns {

    private final AftercarePlans plans;
    private final HealingConcerns concerns;
    private final HealingMilestones milestones;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HealingCheckIns(AftercarePlans plans, HealingConcerns concerns, HealingMilestones milestones,
                    ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.concerns = concerns;
        this.milestones = milestones;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the check-in; a concern is raised with it when {@link ConcernPolicy} finds reasons. */
    @Transactional
    public RecordedCheckIn record(SessionId sessionId, HealingCheckIn checkIn) {
        // the plan's lock orders this against a milestone firing at the same moment
        StoredPlan plan = plans.lock(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        Instant now = clock.instant();
        List<String> reasons = ConcernPolicy.reasons(checkIn, plan.completedAt().atZone(plan.timeZone()).toLocalDate(),
                now.atZone(plan.timeZone()).toLocalDate());
        var checkInId = new CheckInId(RandomUuid.next());
        Optional<ConcernId> concernId = reasons.isEmpty() ? Optional.empty()
                : Optional.of(new ConcernId(RandomUuid.next()));
        concerns.saveCheckIn(checkInId, sessionId, now, checkIn, concernId);
        events.publishEvent(new HealingCheckInRecorded(checkInId, sessionId, now, checkIn, concernId.isPresent(),
                plan.journey()));
        concernId.ifPresent(id -> {
            concerns.saveConcern(id, sessionId, checkInId, now, reasons);
            events.publishEvent(new HealingConcernRaised(id, checkInId, sessionId, now, reasons, plan.journey()));
        });
        return new RecordedCheckIn(checkInId, plan.clientId(), concernId);
    }

    /** Forgets the free text of an erased client's check-ins and concerns (ADR 0030), in the caller's transaction. */
    public void forgetNotesOf(ClientId clientId) {
        concerns.forgetNotesOf(clientId);
    }

    /**
     * Resolves the concern and answers whose it was; once none of the session is open, the milestones it held that
     * fell due fire at once.
     */
    @Transactional
    public ClientId resolve(ConcernId concernId, UUID practitionerId, Optional<String> note) {
        SessionId sessionId = concerns.sessionOf(concernId)
                .orElseThrow(() -> new NotFoundException("concern", concernId));
        StoredPlan plan = plans.lock(sessionId).orElseThrow();
        Instant now = clock.instant();
        if (!concerns.resolve(concernId, practitionerId, note, now)) {
            throw new ConflictException("Concern " + concernId + " is resolved already");
        }
        if (!concerns.anyOpen(sessionId)) {
            plans.milestonesDueBy(sessionId, now).forEach(step -> milestones.reach(new HealingMilestoneReached(
                    sessionId, step.milestone().orElseThrow(), now, plan.journey())));
        }
        return plan.clientId();
    }

    /** The session a concern was raised for, empty for an unknown concern. */
    @Transactional(readOnly = true)
    public Optional<SessionId> sessionOfConcern(ConcernId concernId) {
        return concerns.sessionOf(concernId);
    }

    /** Whether a concern of the session waits for a practitioner; call with the plan locked. */
    @Transactional(readOnly = true)
    public boolean holdsMilestones(SessionId sessionId) {
        return concerns.anyOpen(sessionId);
    }
}
