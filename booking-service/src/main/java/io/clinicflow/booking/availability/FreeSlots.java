package io.clinicflow.booking.availability;

import io.clinicflow.booking.locations.OpenPeriod;
import io.clinicflow.booking.locations.OpeningHours;
import io.clinicflow.booking.practitioners.PractitionerId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The free times of a practitioner's day at a location: the working hours, read in the location's zone, on dates the
 * location is not closed, minus the periods held by bookings (each with its cleaning buffer) and time off, on a
 * 15-minute grid of local time, after now. A session must end by closing; its buffer may run past it. Steps are taken
 * on the time line, so a day with a DST change has its true length: a local time that does not exist is never
 * offered, and the hour that repeats is offered once per real instant.
 */
public final class FreeSlots {

    public static final Duration GRID = Duration.ofMinutes(15);

    private final OpeningHours hours;
    private final Set<LocalDate> closedOn;
    private final ZoneId zone;
    private final Instant now;
    private final Duration buffer;

    public FreeSlots(OpeningHours hours, Set<LocalDate> closedOn, ZoneId zone, Instant now, Duration buffer) {
        this.hours = hours;
        this.closedOn = Set.copyOf(closedOn);
        this.zone = zone;
        this.now = now;
        this.buffer = buffer;
    }

    /** Every start at which a session of this length fits the date's hours and the practitioner is free. */
    public List<Slot> on(LocalDate date, Duration length, PractitionerId practitioner, List<HeldPeriod> held) {
        List<Slot> free = new ArrayList<>();
        if (closedOn.contains(date)) {
            return free;
        }
        for (OpenPeriod period : hours.on(date.getDayOfWeek())) {
            Instant closes = date.atTime(period.closes()).atZone(zone).toInstant();
            for (Instant start = firstOnGrid(date.atTime(period.opens()).atZone(zone));
                 !start.plus(length).isAfter(closes); start = start.plus(GRID)) {
                if (isAhead(start) && isClear(start, length, held)) {
                    free.add(new Slot(start, start.plus(length), practitioner));
                }
            }
        }
        return free;
    }

    public boolean isOnGrid(Instant startsAt) {
        ZonedDateTime local = startsAt.atZone(zone);
        return local.getMinute() % GRID.toMinutes() == 0 && local.getSecond() == 0 && local.getNano() == 0;
    }

    public boolean isAhead(Instant startsAt) {
        return startsAt.isAfter(now);
    }

    public boolean isClosedOn(Instant startsAt) {
        return closedOn.contains(startsAt.atZone(zone).toLocalDate());
    }

    /** Whether the session lies inside one working period of its local date. */
    public boolean withinOpeningHours(Instant startsAt, Duration length) {
        LocalDate date = startsAt.atZone(zone).toLocalDate();
        Instant endsAt = startsAt.plus(length);
        return hours.on(date.getDayOfWeek()).stream().anyMatch(period ->
                !startsAt.isBefore(date.atTime(period.opens()).atZone(zone).toInstant())
                        && !endsAt.isAfter(date.atTime(period.closes()).atZone(zone).toInstant()));
    }

    /** Whether the session and its cleaning buffer keep clear of every held period. */
    public boolean isClear(Instant start, Duration length, List<HeldPeriod> held) {
        Instant blockedUntil = start.plus(length).plus(buffer);
        return held.stream().noneMatch(period -> period.overlaps(start, blockedUntil));
    }

    private static Instant firstOnGrid(ZonedDateTime opens) {
        ZonedDateTime minute = opens.truncatedTo(ChronoUnit.MINUTES);
        long intoQuarter = minute.getMinute() % GRID.toMinutes();
        boolean onGrid = intoQuarter == 0 && minute.equals(opens);
        return onGrid ? opens.toInstant() : minute.plusMinutes(GRID.toMinutes() - intoQuarter).toInstant();
    }
}
