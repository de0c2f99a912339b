package io.clinicflow.booking.availability;

import io.clinicflow.booking.locations.Closure;
import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.booking.practitioners.Practitioners;
import io.clinicflow.booking.practitioners.TimeOff;
import io.clinicflow.kernel.RandomUuid;
import io.clinicflow.kernel.ConflictException;
import io.clinicflow.kernel.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Takes time out of the calendar: a location's closure, a practitioner's time off. Neither may strand a booking that
 * holds its slot then (409): the front desk cancels or reschedules those first.
 */
@Service
public class Calendar {

    private final Locations locations;
    private final Practitioners practitioners;
    private final HeldSlots heldSlots;
    private final Clock clock;

    Calendar(Locations locations, Practitioners practitioners, HeldSlots heldSlots, Clock clock) {
        this.locations = locations;
        this.practitioners = practitioners;
        this.heldSlots = heldSlots;
        this.clock = clock;
    }

    @Transactional
    public Closure close(Closure closure) {
        Location location = locations.get(closure.locationId());
        LocalDate date = closure.closedOn();
        if (date.isBefore(LocalDate.ofInstant(clock.instant(), location.timeZone()))) {
            throw new InvalidRequestException("date", "A closure cannot be in the past");
        }
        Instant opens = date.atStartOfDay(location.timeZone()).toInstant();
        Instant ends = date.plusDays(1).atStartOfDay(location.timeZone()).toInstant();
        if (heldSlots.anyHeldAt(location.id(), opens, ends)) {
            throw new ConflictException(location.name() + " has bookings on " + date + ": cancel or reschedule them first");
        }
        return locations.close(closure);
    }

    @Transactional
    public TimeOff takeTimeOff(PractitionerId practitioner, Instant startsAt, Instant endsAt) {
        practitioners.get(practitioner);
        if (!startsAt.isBefore(endsAt)) {
            throw new InvalidRequestException("endsAt", "Time off must end after it starts");
        }
        if (!endsAt.isAfter(clock.instant())) {
            throw new InvalidRequestException("endsAt", "Time off cannot lie in the past");
        }
        if (!heldSlots.heldBy(practitioner, startsAt, endsAt).isEmpty()) {
            throw new ConflictException("Practitioner " + practitioner + " has bookings then: cancel or reschedule them first");
        }
        TimeOff timeOff = new TimeOff(RandomUuid.next(), practitioner, startsAt, endsAt);
        practitioners.takeTimeOff(timeOff);
        return timeOff;
    }
}
