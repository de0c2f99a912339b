package io.clinicflow.booking.locations;

import java.util.List;

/**
 * The locations a caller covers (ADR 0024), for a list query to filter by: it reads only what the caller may see, so
 * that a page of it (ADR 0037) is a full page.
 */
public record CoveredLocations(List<LocationId> ids) {

    public CoveredLocations {
        ids = List.copyOf(ids);
    }

    /** For SQL's {@code = any(cast(:covered as uuid[]))}: the JDBC driver sends no arrays of UUIDs. */
    public String[] sql() {
        return ids.stream().map(LocationId::toString).toArray(String[]::new);
    }
}
