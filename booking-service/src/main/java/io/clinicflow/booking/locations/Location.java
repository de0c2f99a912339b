package io.clinicflow.booking.locations;

import java.time.ZoneId;
import java.util.Objects;

/** A site of the chain. Its opening hours and every booking there are read in its own time zone. */
public record Location(LocationId id, String name, ZoneId timeZone, OpeningHours openingHours,
                       LocationSettings settings) {

    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(openingHours, "openingHours");
        Objects.requireNonNull(settings, "settings");
    }
}
