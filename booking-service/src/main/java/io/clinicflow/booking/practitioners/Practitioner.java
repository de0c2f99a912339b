package io.clinicflow.booking.practitioners;

import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.OpeningHours;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Treats clients at one or more locations, during its own weekly schedule there or else the location's hours. */
public record Practitioner(PractitionerId id, String name, List<LocationId> locationIds,
                           Map<LocationId, OpeningHours> schedules) {

    public Practitioner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        locationIds = List.copyOf(locationIds);
        schedules = Map.copyOf(schedules);
    }

    public boolean worksAt(LocationId location) {
        return locationIds.contains(location);
    }

    /** When the practitioner works at the location, week by week. */
    public OpeningHours hoursAt(Location location) {
        return schedules.getOrDefault(location.id(), location.openingHours());
    }
}
