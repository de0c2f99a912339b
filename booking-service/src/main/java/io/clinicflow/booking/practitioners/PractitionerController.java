package io.clinicflow.booking.practitioners;

import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.OpeningHours;
import io.clinicflow.booking.locations.WeeklyHours.Period;
import io.clinicflow.booking.locations.WeeklyHours;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.PageQuery;
import io.clinicflow.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/practitioners")
class PractitionerController {

    /** A practitioner works at a few of the chain's locations: 20 is far more than one can travel between. */
    record PractitionerRequest(@NotBlank @PlainText(max = 100) String name,
                               @NotNull @Size(min = 1, max = MAX_LOCATIONS) List<@NotNull UUID> locationIds,
                               @Size(max = MAX_LOCATIONS) Map<UUID, Map<DayOfWeek, @NotNull
                                       @Size(max = WeeklyHours.MAX_PERIODS_A_DAY) List<@NotNull @Valid Period>>> schedules) {

        static final int MAX_LOCATIONS = 20;

        Map<LocationId, OpeningHours> toSchedules() {
            Map<LocationId, OpeningHours> hours = new HashMap<>();
            if (schedules != null) {
                schedules.forEach((location, week) -> hours.put(new LocationId(location),
                        WeeklyHours.read("schedules", week == null ? Map.of() : week)));
            }
            return hours;
        }
    }

    record PractitionerView(UUID id, String name, List<UUID> locationIds,
                            Map<UUID, Map<DayOfWeek, List<Period>>> schedules) {
        static PractitionerView of(Practitioner practitioner) {
            Map<UUID, Map<DayOfWeek, List<Period>>> schedules = new HashMap<>();
            practitioner.schedules().forEach((location, hours) -> schedules.put(location.value(), WeeklyHours.write(hours)));
            return new PractitionerView(practitioner.id().value(), practitioner.name(),
                    practitioner.locationIds().stream().map(LocationId::value).toList(), schedules);
        }
    }

    private final Practitioners practitioners;
    private final LocationScope scope;

    PractitionerController(Practitioners practitioners, LocationScope scope) {
        this.practitioners = practitioners;
        this.scope = scope;
    }

    @PostMapping
    ResponseEntity<PractitionerView> join(@Valid @RequestBody PractitionerRequest body) {
        body.locationIds().forEach(location -> scope.requireLocation(location, "location", location));
        Practitioner practitioner = practitioners.join(body.name(),
                body.locationIds().stream().map(LocationId::new).toList(), body.toSchedules());
        return ResponseEntity.created(URI.create("/api/v1/practitioners/" + practitioner.id()))
                .body(PractitionerView.of(practitioner));
    }

    /** By name, a page at a time (ADR 0037). */
    @GetMapping
    List<PractitionerView> all(@Valid PageQuery paging) {
        return practitioners.visibleTo(scope, paging.page()).stream().map(PractitionerView::of).toList();
    }

    @GetMapping("/{id}")
    PractitionerView one(@PathVariable UUID id) {
        return PractitionerView.of(practitioners.visibleTo(scope, new PractitionerId(id)));
    }
}
