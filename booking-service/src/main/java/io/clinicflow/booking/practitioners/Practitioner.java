package io.clinicflow.booking.practitioners;

import io.clinicflow.booking.locations.LocationId;

import java.util.List;
import java.util.Objects;

/** Treats clients at one or more locations, during each location's opening hours. */
public record Practitioner(PractitionerId id, String name, List<LocationId> locationIds) {

    public Practitioner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        locationIds = List.copyOf(locationIds);
    }

    public boolean worksAt(LocationId location) {
        return locationIds.contains(location);
    }
}
