package io.clinicflow.booking.availability;

import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.booking.practitioners.Practitioner;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.booking.practitioners.Practitioners;
import io.clinicflow.kernel.ConflictException;
import io.clinicflow.kernel.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Answers "when can this session be booked here?" with real free slots, and checks a time someone asks for. */
@Service
public class Availability {

    private final Practitioners practitioners;
    private final Locations locations;
    private final HeldSlots heldSlots;
    private final Clock clock;

    Availability(Practitioners practitioners, Locations locations, HeldSlots heldSlots, Clock clock) {
        this.practitioners = practitioners;
        this.locations = locations;
        this.heldSlots = heldSlots;
        this.clock = clock;
    }

    /** Free slots of the date with one practitioner, or with every practitioner of the location; earliest first. */
    @Transactional(readOnly = true)
    public List<Slot> on(Location location, LocalDate date, Optional<PractitionerId> practitionerId, Duration length) {
        List<Practitioner> who = practitionerId.map(id -> List.of(workingAt(location, practitioners.get(id))))
                .orElseGet(() -> practitioners.at(location.id()));
        return who.stream().flatMap(practitioner -> slots(location, practitioner, date, length).stream())
                .sorted(Slot.EARLIEST_FIRST).toList();
    }

    /** Free slots of one practitioner at the location on the date. */
    @Transactional(readOnly = true)
    public List<Slot> slots(Location location, Practitioner practitioner, LocalDate date, Duration length) {
        Instant dayStarts = date.atStartOfDay(location.timeZone()).toInstant();
        Instant dayEnds = date.plusDays(1).atStartOfDay(location.timeZone()).toInstant();
        return calendar(location, practitioner, date)
                .on(date, length, practitioner.id(), held(practitioner.id(), dayStarts, dayEnds));
    }

    /**
     * Checks a time asked for: on the grid, ahead, on a day the location is open, inside the practitioner's hours (400
     * on {@code startsAt}) and not in their time off (409). Overlaps with bookings are the database's to refuse.
     */
    @Transactional(readOnly = true)
    public void requireBookable(Location location, Practitioner practitioner, Instant startsAt, Duration length) {
        workingAt(location, practitioner);
        FreeSlots rules = calendar(location, practitioner, startsAt.atZone(location.timeZone()).toLocalDate());
        if (!rules.isOnGrid(startsAt)) {
            throw new InvalidRequestException("startsAt", "Sessions start on the quarter hour (:00, :15, :30, :45)");
        }
        if (!rules.isAhead(startsAt)) {
            throw new InvalidRequestException("startsAt", "The session would start in the past");
        }
        if (rules.isClosedOn(startsAt)) {
            throw new InvalidRequestException("startsAt", location.name() + " is closed that day");
        }
        if (!rules.withinOpeningHours(startsAt, length)) {
            throw new InvalidRequestException("startsAt", "A session of " + length.toMinutes()
                    + " minutes does not fit the opening hours or the practitioner's schedule");
        }
        List<HeldPeriod> timeOff = timeOff(practitioner.id(), startsAt,
                startsAt.plus(length).plus(location.settings().buffer())).toList();
        if (!rules.isClear(startsAt, length, timeOff)) {
            throw new ConflictException("Practitioner " + practitioner.id() + " has time off then");
        }
    }

    private FreeSlots calendar(Location location, Practitioner practitioner, LocalDate date) {
        return new FreeSlots(practitioner.hoursAt(location), locations.closedOn(location.id(), date, date),
                location.timeZone(), clock.instant(), location.settings().buffer());
    }

    private List<HeldPeriod> held(PractitionerId practitioner, Instant from, Instant until) {
        return Stream.concat(heldSlots.heldBy(practitioner, from, until).stream(), timeOff(practitioner, from, until))
                .toList();
    }

    private Stream<HeldPeriod> timeOff(PractitionerId practitioner, Instant from, Instant until) {
        return practitioners.timeOff(practitioner, from, until).stream()
                .map(off -> new HeldPeriod(off.startsAt(), off.endsAt()));
    }

    private static Practitioner workingAt(Location location, Practitioner practitioner) {
        if (!practitioner.worksAt(location.id())) {
            throw new InvalidRequestException("practitionerId",
                    "Practitioner " + practitioner.id() + " does not work at " + location.name());
        }
        return practitioner;
    }
}
