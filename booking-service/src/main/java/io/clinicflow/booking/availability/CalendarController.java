package io.clinicflow.booking.availability;

import io.clinicflow.booking.locations.Closure;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.booking.practitioners.Practitioners;
import io.clinicflow.booking.practitioners.TimeOff;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.ClinicDate;
import io.clinicflow.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.clinicflow.web.PlainText.LINES;

@RestController
class CalendarController {

    /** {@code reason} is optional: a clinic need not say why it closes (ADR 0034); blank or absent is "closed". */
    record ClosureRequest(@NotNull @ClinicDate LocalDate date,
                          @PlainText(max = 500, characters = LINES) String reason) {

        static final String NO_REASON_GIVEN = "closed";

        String reasonOrDefault() {
            return reason == null || reason.isBlank() ? NO_REASON_GIVEN : reason;
        }
    }

    record ClosureView(UUID locationId, LocalDate date, String reason) {
    }

    record TimeOffRequest(@NotNull @ClinicDate OffsetDateTime startsAt, @NotNull @ClinicDate OffsetDateTime endsAt) {
    }

    record TimeOffView(UUID id, UUID practitionerId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        static TimeOffView of(TimeOff timeOff, TimeOffRequest request) {
            return new TimeOffView(timeOff.id(), timeOff.practitionerId().value(),
                    timeOff.startsAt().atOffset(request.startsAt().getOffset()),
                    timeOff.endsAt().atOffset(request.endsAt().getOffset()));
        }
    }

    private final Calendar calendar;
    private final Practitioners practitioners;
    private final LocationScope scope;

    CalendarController(Calendar calendar, Practitioners practitioners, LocationScope scope) {
        this.calendar = calendar;
        this.practitioners = practitioners;
        this.scope = scope;
    }

    @PostMapping("/api/v1/locations/{id}/closures")
    ResponseEntity<ClosureView> close(@PathVariable UUID id, @Valid @RequestBody ClosureRequest body) {
        scope.requireLocation(id, "location", id);
        Closure closure = calendar.close(new Closure(new LocationId(id), body.date(), body.reasonOrDefault()));
        return ResponseEntity.created(URI.create("/api/v1/locations/" + id + "/closures/" + closure.closedOn()))
                .body(new ClosureView(id, closure.closedOn(), closure.reason()));
    }

    @PostMapping("/api/v1/practitioners/{id}/time-off")
    ResponseEntity<TimeOffView> takeTimeOff(@PathVariable UUID id, @Valid @RequestBody TimeOffRequest body) {
        practitioners.visibleTo(scope, new PractitionerId(id));
        TimeOff timeOff = calendar.takeTimeOff(new PractitionerId(id), body.startsAt().toInstant(),
                body.endsAt().toInstant());
        return ResponseEntity.created(URI.create("/api/v1/practitioners/" + id + "/time-off/" + timeOff.id()))
                .body(TimeOffView.of(timeOff, body));
    }
}
