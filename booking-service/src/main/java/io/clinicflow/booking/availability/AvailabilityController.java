package io.clinicflow.booking.availability;

import io.clinicflow.web.ClinicDate;
import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.security.LocationScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@RestController
class AvailabilityController {

    record AvailabilityView(List<SlotView> slots) {
    }

    private final Availability availability;
    private final Locations locations;

    private final LocationScope scope;

    AvailabilityController(Availability availability, Locations locations, LocationScope scope) {
        this.availability = availability;
        this.locations = locations;
        this.scope = scope;
    }

    @GetMapping("/api/v1/locations/{id}/availability")
    AvailabilityView availability(@PathVariable UUID id, @RequestParam @ClinicDate LocalDate date,
                                  @RequestParam Optional<UUID> practitionerId,
                                  @RequestParam(defaultValue = "") List<TreatmentArea> treatmentAreas) {
        scope.requireLocation(id, "location", id);
        Location location = locations.get(new LocationId(id));
        List<Slot> slots = availability.on(location, date, practitionerId.map(PractitionerId::new),
                SessionLength.of(treatmentAreas, location.settings()));
        return new AvailabilityView(slots.stream().map(slot -> SlotView.of(slot, location.timeZone())).toList());
    }
}
