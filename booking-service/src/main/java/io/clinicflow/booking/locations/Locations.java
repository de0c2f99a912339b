package io.clinicflow.booking.locations;

import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.ConflictException;
import io.clinicflow.kernel.NotFoundException;
import io.clinicflow.kernel.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The chain's sites: opening one, closing it on a date, looking them up. */
@Service
public class Locations {

    private final LocationRepository repository;

    Locations(LocationRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Location open(String name, ZoneId timeZone, OpeningHours openingHours, LocationSettings settings) {
        Location location = new Location(LocationId.random(), name, timeZone, openingHours, settings);
        repository.add(location);
        return location;
    }

    /** Closes the location on a date; closing it twice on one date is a conflict. */
    @Transactional
    public Closure close(Closure closure) {
        get(closure.locationId());
        if (!repository.addClosure(closure)) {
            throw new ConflictException("Location " + closure.locationId() + " is already closed on " + closure.closedOn());
        }
        return closure;
    }

    /** The dates from {@code from} to {@code to} (both inclusive) on which the location is closed. */
    @Transactional(readOnly = true)
    public Set<LocalDate> closedOn(LocationId location, LocalDate from, LocalDate to) {
        return repository.closures(location, from, to);
    }

    /** The location, or a 404 for an id that names none. */
    @Transactional(readOnly = true)
    public Location get(LocationId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("location", id));
    }

    /** The locations the caller covers, for the queries of lists that must read only those. */
    @Transactional(readOnly = true)
    public CoveredLocations coveredBy(LocationScope scope) {
        return new CoveredLocations(repository.ids().stream().filter(scope::covers).map(LocationId::new).toList());
    }

    /** A page of the locations the caller covers, by name. */
    @Transactional(readOnly = true)
    public List<Location> visibleTo(LocationScope scope, Page page) {
        return repository.page(coveredBy(scope), page);
    }
}
