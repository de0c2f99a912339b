package io.clinicflow.booking.locations;

import java.time.LocalDate;

/** A date on which a location is closed, whatever its weekly hours say (a bank holiday, a refit). */
public record Closure(LocationId locationId, LocalDate closedOn, String reason) {
}
