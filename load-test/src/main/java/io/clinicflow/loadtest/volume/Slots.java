package io.clinicflow.loadtest.volume;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Every practitioner's slots at a location between two instants, in time order: eight 60-minute sessions a day,
 * each followed by its 15-minute buffer, from 09:00 until 18:45 (the location closes at 19:00), Monday to Saturday.
 * Bookings take distinct slots, so no two of one practitioner overlap, whatever their status.
 */
final class Slots {

    static final int PER_DAY = 8;
    private static final LocalTime FIRST = LocalTime.of(9, 0);
    private static final long SLOT_MINUTES = SeededBooking.SESSION.plus(SeededBooking.BUFFER).toMinutes();

    private final long[] startsAt;
    private final int[] practitioner;
    private final int count;

    private Slots(long[] startsAt, int[] practitioner, int count) {
        this.startsAt = startsAt;
        this.practitioner = practitioner;
        this.count = count;
    }

    /** The slots that begin in [from, until) in the zone, for {@code practitioners} practitioners. */
    static Slots between(ZoneId zone, Instant from, Instant until, int practitioners) {
        LocalDate first = LocalDate.ofInstant(from, zone);
        LocalDate last = LocalDate.ofInstant(until, zone);
        int capacity = (int) (ChronoUnit.DAYS.between(first, last) + 1) * PER_DAY * practitioners;
        long[] startsAt = new long[capacity];
        int[] practitioner = new int[capacity];
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int slot = 0; slot < PER_DAY; slot++) {
                Instant start = day.atTime(FIRST.plusMinutes(slot * SLOT_MINUTES)).atZone(zone).toInstant();
                if (start.isBefore(from) || !start.isBefore(until)) {
                    continue;
                }
                for (int p = 0; p < practitioners; p++) {
                    startsAt[count] = start.getEpochSecond();
                    practitioner[count++] = p;
                }
            }
        }
        return new Slots(startsAt, practitioner, count);
    }

    /**
     * The slot of the {@code i}-th of {@code n} bookings spread evenly over these slots, somewhere in its own
     * stretch of them: bookings keep their time order and never share a slot.
     */
    int pick(long i, long n, SplittableRandom draws) {
        if (n > count) {
            throw new IllegalArgumentException(n + " bookings do not fit in " + count + " slots: more history, please");
        }
        long from = i * count / n;
        long until = (i + 1) * count / n;
        return (int) (from + draws.nextLong(until - from));
    }

    Instant startsAt(int slot) {
        return Instant.ofEpochSecond(startsAt[slot]);
    }

    int practitioner(int slot) {
        return practitioner[slot];
    }
}
