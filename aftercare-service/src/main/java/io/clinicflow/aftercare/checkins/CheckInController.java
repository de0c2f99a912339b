package io.clinicflow.aftercare.checkins;

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

@RestController
class CheckInController {

    record CheckInRequest(@NotNull @Min(0) @Max(3) Integer redness, @NotNull @Min(0) @Max(3) Integer swelling,
                          @NotNull @Min(0) @Max(3) Integer pain, @NotNull Boolean signsOfInfection, String note) {
        HealingCheckIn toCheckIn() {
            return new HealingCheckIn(redness, swelling, pain, signsOfInfection, Optional.ofNullable(note));
        }
    }

    /** {@code concernId} is null when the check-in raised no concern. */
    record CheckInView(UUID id, UUID concernId) {
    }

    record ResolutionRequest(@NotNull UUID practitionerId, String note) {
    }

    private final HealingCheckIns checkIns;

    CheckInController(HealingCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @PostMapping("/api/v1/sessions/{bookingId}/check-ins")
    ResponseEntity<CheckInView> checkIn(@PathVariable UUID bookingId, @Valid @RequestBody CheckInRequest body) {
        RecordedCheckIn recorded = checkIns.record(bookingId, body.toCheckIn());
        return ResponseEntity
                .created(URI.create("/api/v1/sessions/" + bookingId + "/check-ins/" + recorded.checkInId()))
                .body(new CheckInView(recorded.checkInId(), recorded.concernId().orElse(null)));
    }

    /** 204: the concern is resolved and the milestones it held are released. */
    @PostMapping("/api/v1/concerns/{id}/resolve")
    ResponseEntity<Void> resolve(@PathVariable UUID id, @Valid @RequestBody ResolutionRequest body) {
        checkIns.resolve(id, body.practitionerId(), Optional.ofNullable(body.note()));
        return ResponseEntity.noContent().build();
    }
}
