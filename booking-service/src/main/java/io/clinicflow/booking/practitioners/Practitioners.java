package io.clinicflow.booking.practitioners;

import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The chain's practitioners and where they work. */
@Service
public class Practitioners {

    private final PractitionerRepository repository;
    private final Locations locations;

    Practitioners(PractitionerRepository repository, Locations locations) {
        this.repository = repository;
        this.locations = locations;
    }

    /** Adds a practitioner to the locations; an unknown location is a 404. */
    @Transactional
    public Practitioner join(String name, List<LocationId> locationIds) {
        locationIds.forEach(locations::get);
        Practitioner practitioner = new Practitioner(PractitionerId.random(), name, locationIds.stream().distinct().toList());
        repository.add(practitioner);
        return practitioner;
    }

    /** The practitioner, or a 404 for an id that names none. */
    @Transactional(readOnly = true)
    public Practitioner get(PractitionerId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("practitioner", id));
    }

    @Transactional(readOnly = true)
    public List<Practitioner> all() {
        return repository.all();
    }

    @Transactional(readOnly = true)
    public List<Practitioner> at(LocationId location) {
        return repository.at(location);
    }
}
