package io.clinicflow.booking.locations;

import io.clinicflow.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.util.List;

/** The chain's sites: opening one, looking them up. */
@Service
public class Locations {

    private final LocationRepository repository;

    Locations(LocationRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Location open(String name, ZoneId timeZone, OpeningHours openingHours) {
        Location location = new Location(LocationId.random(), name, timeZone, openingHours);
        repository.add(location);
        return location;
    }

    /** The location, or a 404 for an id that names none. */
    @Transactional(readOnly = true)
    public Location get(LocationId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("location", id));
    }

    @Transactional(readOnly = true)
    public List<Location> all() {
        return repository.all();
    }
}
