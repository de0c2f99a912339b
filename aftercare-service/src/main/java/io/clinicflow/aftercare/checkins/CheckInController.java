package io.clinicflow.aftercare.checkins;

import io.clinicflow.aftercare.audit.PhiAudit;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.plans.AftercarePlans;
import io.clinicflow.aftercare.plans.StoredPlan;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.NotFoundException;
import io.clinicflow.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import static io.clinicflow.aftercare.audit.PhiAudit.Action.WRITE;
import static io.clinicflow.aftercare.audit.PhiAudit.RecordType.CHECK_IN;
import static io.clinicflow.aftercare.audit.PhiAudit.RecordType.CONCERN;
import static io.clinicflow.web.PlainText.LINES;

@RestController
class CheckInController {

    record CheckInRequest(@NotNull @Min(0) @Max(3) Integer redness, @NotNull @Min(0) @Max(3) Integer swelling,
                          @NotNull @Min(0) @Max(3) Integer pain, @NotNull Boolean signsOfInfection,
                          @PlainText(max = 4000, characters = LINES) String note) {
        HealingCheckIn toCheckIn() {
            return new HealingCheckIn(redness, swelling, pain, signsOfInfection, Optional.ofNullable(note));
        }
    }

    /** {@code concernId} is null when the check-in raised no concern. */
    record CheckInView(UUID id, UUID concernId) {
    }

    record ResolutionRequest(@NotNull UUID practitionerId, @PlainText(max = 4000, characters = LINES) String note) {
    }

    private final HealingCheckIns checkIns;
    private final AftercarePlans plans;
    private final LocationScope scope;
    private final PhiAudit audit;

    CheckInController(HealingCheckIns checkIns, AftercarePlans plans, LocationScope scope, PhiAudit audit) {
        this.checkIns = checkIns;
        this.plans = plans;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * 404, as for an unknown id, when the session took place at a location the caller does not cover (ADR 0024) or
     * has no plan yet: a plan stored between this check and the write would otherwise be written unchecked.
     */
    private void requireVisibleSession(SessionId sessionId, String what, UUID id) {
        StoredPlan plan = plans.find(sessionId).orElseThrow(() -> new NotFoundException(what, id));
        scope.requireLocation(plan.journey().locationId(), what, id);
    }

    /** 201; the check-in, and the concern it raised, are written to the PHI audit (ADR 0039). */
    @PostMapping("/api/v1/sessions/{bookingId}/check-ins")
    ResponseEntity<CheckInView> checkIn(@PathVariable UUID bookingId, @Valid @RequestBody CheckInRequest body,
            @RequestHeader(name = PhiAudit.PURPOSE_HEADER, defaultValue = "healing check-in") String purpose) {
        var sessionId = new SessionId(bookingId);
        requireVisibleSession(sessionId, "session", bookingId);
        RecordedCheckIn recorded = checkIns.record(sessionId, body.toCheckIn());
        audit.record(recorded.clientId(), CHECK_IN, recorded.checkInId().value(), WRITE, purpose);
        recorded.concernId().ifPresent(concern ->
                audit.record(recorded.clientId(), CONCERN, concern.value(), WRITE, purpose));
        return ResponseEntity
                .created(URI.create("/api/v1/sessions/" + bookingId + "/check-ins/" + recorded.checkInId()))
                .body(new CheckInView(recorded.checkInId().value(),
                        recorded.concernId().map(ConcernId::value).orElse(null)));
    }

    /** 204: the concern is resolved, the milestones it held are released, and the resolution is audited. */
    @PostMapping("/api/v1/concerns/{id}/resolve")
    ResponseEntity<Void> resolve(@PathVariable UUID id, @Valid @RequestBody ResolutionRequest body,
            @RequestHeader(name = PhiAudit.PURPOSE_HEADER, defaultValue = "concern resolution") String purpose) {
        var concernId = new ConcernId(id);
        checkIns.sessionOfConcern(concernId).ifPresent(session -> requireVisibleSession(session, "concern", id));
        ClientId clientId = checkIns.resolve(concernId, body.practitionerId(), Optional.ofNullable(body.note()));
        audit.record(clientId, CONCERN, id, WRITE, purpose);
        return ResponseEntity.noContent().build();
    }
}
