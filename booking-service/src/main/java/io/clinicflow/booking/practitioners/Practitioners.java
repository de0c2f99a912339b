package io.clinicflow.booking.practitioners;

import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.booking.locations.OpeningHours;
import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.InvalidRequestException;
import io.clinicflow.kernel.NotFoundException;
import io.clinicflow.kernel.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The chain's practitioners, where and when they work. */
@Service
public class Practitioners {

    private final PractitionerRepository repository;
    private final Locations locations;

    Practitioners(PractitionerRepository repository, Locations locations) {
        this.repository = repository;
        this.locations = locations;
    }

    /**
     * Adds a practitioner to the locations; an unknown location is a 404. A schedule is for one of those locations and
     * lies inside its opening hours (400 otherwise); without one the practitioner works the location's hours.
     */
    @Transactional
    public Practitioner join(String name, List<LocationId> locationIds, Map<LocationId, OpeningHours> schedules) {
        locationIds.forEach(locations::get);
        schedules.forEach((locationId, hours) -> {
            if (!locationIds.contains(locationId)) {
                throw new InvalidRequestException("schedules", "Location " + locationId + " is not among locationIds");
            }
            Location location = locations.get(locationId);
            if (!location.openingHours().covers(hours)) {
                throw new InvalidRequestException("schedules",
                        "The schedule at " + location.name() + " lies outside its opening hours");
            }
        });
        Practitioner practitioner = new Practitioner(PractitionerId.random(), name,
                locationIds.stream().distinct().toList(), schedules);
        repository.add(practitioner);
        return practitioner;
    }

    /** Records time off; the caller has made sure no booking needs the practitioner then. */
    @Transactional
    public void takeTimeOff(TimeOff timeOff) {
        repository.add(timeOff);
    }

    /** Time off of the practitioner that overlaps {@code [from, until)}. */
    @Transactional(readOnly = true)
    public List<TimeOff> timeOff(PractitionerId practitioner, Instant from, Instant until) {
        return repository.timeOff(practitioner, from, until);
    }

    /** The practitioner, or a 404 for an id that names none. */
    @Transactional(readOnly = true)
    public Practitioner get(PractitionerId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("practitioner", id));
    }

    /** A page of the practitioners who work at a location the caller covers (ADR 0024), by name. */
    @Transactional(readOnly = true)
    public List<Practitioner> visibleTo(LocationScope scope, Page page) {
        return repository.page(locations.coveredBy(scope), page);
    }

    /** The practitioner if they work at a location the caller covers; else a 404, as for an unknown id. */
    @Transactional(readOnly = true)
    public Practitioner visibleTo(LocationScope scope, PractitionerId id) {
        Practitioner practitioner = get(id);
        if (!worksWithin(practitioner, scope)) {
            throw new NotFoundException("practitioner", id);
        }
        return practitioner;
    }

    private static boolean worksWithin(Practitioner practitioner, LocationScope scope) {
        return practitioner.locationIds().stream().anyMatch(location -> scope.covers(location.value()));
    }

    @Transactional(readOnly = true)
    public List<Practitioner> at(LocationId location) {
        return repository.at(location);
    }
}
