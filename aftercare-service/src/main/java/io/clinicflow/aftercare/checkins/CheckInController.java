package io.clinicflow.aftercare.checkins;

import io.clinicflow.aftercare.plans.AftercarePlans;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

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

    CheckInController(HealingCheckIns checkIns, AftercarePlans plans, LocationScope scope) {
        this.checkIns = checkIns;
        this.plans = plans;
        this.scope = scope;
    }

    /** 404, as for an unknown id, when the session took place at a location the caller does not cover (ADR 0024). */
    private void requireVisibleSession(UUID sessionId, String what, UUID id) {
        plans.find(sessionId).ifPresent(plan -> scope.requireLocation(plan.journey().locationId(), what, id));
    }

    @PostMapping("/api/v1/sessions/{bookingId}/check-ins")
    ResponseEntity<CheckInView> checkIn(@PathVariable UUID bookingId, @Valid @RequestBody CheckInRequest body) {
        requireVisibleSession(bookingId, "session", bookingId);
        RecordedCheckIn recorded = checkIns.record(bookingId, body.toCheckIn());
        return ResponseEntity
                .created(URI.create("/api/v1/sessions/" + bookingId + "/check-ins/" + recorded.checkInId()))
                .body(new CheckInView(recorded.checkInId(), recorded.concernId().orElse(null)));
    }

    /** 204: the concern is resolved and the milestones it held are released. */
    @PostMapping("/api/v1/concerns/{id}/resolve")
    ResponseEntity<Void> resolve(@PathVariable UUID id, @Valid @RequestBody ResolutionRequest body) {
        checkIns.sessionOfConcern(id).ifPresent(session -> requireVisibleSession(session, "concern", id));
        checkIns.resolve(id, body.practitionerId(), Optional.ofNullable(body.note()));
        return ResponseEntity.noContent().build();
    }
}
