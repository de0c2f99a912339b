package io.clinicflow.booking.availability;

import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.practitioners.Practitioner;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.booking.practitioners.Practitioners;
import io.clinicflow.web.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Answers "when can this session be booked here?" with real free slots. */
@Service
public class Availability {

    private final Practitioners practitioners;
    private final HeldSlots heldSlots;
    private final Clock clock;

    Availability(Practitioners practitioners, HeldSlots heldSlots, Clock clock) {
        this.practitioners = practitioners;
        this.heldSlots = heldSlots;
        this.clock = clock;
    }

    /** Free slots of the date with one practitioner, or with every practitioner of the location; earliest first. */
    @Transactional(readOnly = true)
    public List<Slot> on(Location location, LocalDate date, Optional<PractitionerId> practitionerId, Duration length) {
        List<PractitionerId> who = practitionerId.map(id -> List.of(workingAt(location, id)))
                .orElseGet(() -> practitioners.at(location.id()).stream().map(Practitioner::id).toList());
        return who.stream().flatMap(practitioner -> slots(location, practitioner, date, length).stream())
                .sorted(Slot.EARLIEST_FIRST).toList();
    }

    /** Free slots of one practitioner at the location on the date. */
    @Transactional(readOnly = true)
    public List<Slot> slots(Location location, PractitionerId practitioner, LocalDate date, Duration length) {
        Instant dayStarts = date.atStartOfDay(location.timeZone()).toInstant();
        Instant dayEnds = date.plusDays(1).atStartOfDay(location.timeZone()).toInstant();
        return at(location).on(date, length, practitioner, heldSlots.heldBy(practitioner, dayStarts, dayEnds));
    }

    /** The location's free-slot rules as of now. */
    public FreeSlots at(Location location) {
        return new FreeSlots(location.openingHours(), location.timeZone(), clock.instant());
    }

    private PractitionerId workingAt(Location location, PractitionerId id) {
        if (!practitioners.get(id).worksAt(location.id())) {
            throw new InvalidRequestException("practitionerId", "Practitioner " + id + " does not work at " + location.name());
        }
        return id;
    }
}
