package io.clinicflow.loadtest;

import io.clinicflow.testkit.ApiClient;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The clinic chain the load runs against, and its supply of free slots. Every booking gets a slot of its own, today
 * in the location's zone (so the session can be checked in and completed at once), on a practitioner nobody else
 * books then. The locations are in the fixed-offset zone where it is now mid-morning, so completions fall outside
 * aftercare's quiet hours (20:00-09:00) and the DAY0 email goes out at once; they open all day and run 15-minute
 * sessions without a cleaning buffer so one practitioner has many slots.
 */
final class Chain {

    static final int SESSION_MINUTES = 15;
    static final int PRACTITIONERS_PER_LOCATION = 50;

    record Slot(String locationId, String practitionerId, String startsAt) {
    }

    private final ApiClient booking;
    private final ZoneId zone;
    private final AtomicInteger next = new AtomicInteger();
    private volatile List<Slot> slots = List.of();
    private String locationId;
    private int practitionersHere;

    Chain(ApiClient booking, Instant now) {
        this.booking = booking;
        this.zone = morningZone(now);
    }

    /** The fixed-offset zone (Etc/GMT±h) in which the local hour is now 10, else 9 or 11. */
    static ZoneId morningZone(Instant now) {
        for (int wanted : new int[] {10, 9, 11}) {
            for (int offset = -12; offset <= 14; offset++) {
                ZoneId zone = ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
                if (now.atZone(zone).getHour() == wanted) {
                    return zone;
                }
            }
        }
        throw new IllegalStateException("No zone has a morning now");
    }

    ZoneId zone() {
        return zone;
    }

    /**
     * Hires enough new practitioners for {@code bookings} more bookings today, and hands their slots out round-robin
     * (consecutive bookings go to different practitioners, so they do not queue on one calendar).
     */
    void prepare(int bookings, Instant now) {
        List<String> startTimes = startTimesToday(now);
        int practitioners = bookings / startTimes.size() + 1;
        List<String[]> hired = new ArrayList<>();
        for (int i = 0; i < practitioners; i++) {
            hired.add(hirePractitioner());
        }
        List<Slot> plan = new ArrayList<>();
        for (String startsAt : startTimes) {
            hired.forEach(practitioner -> plan.add(new Slot(practitioner[0], practitioner[1], startsAt)));
        }
        slots = plan;
        next.set(0);
    }

    /** A free slot of its own for one booking. */
    Slot take() {
        int index = next.getAndIncrement();
        List<Slot> plan = slots;
        if (index >= plan.size()) {
            throw new IllegalStateException("The chain ran out of slots: prepare more before the run");
        }
        return plan.get(index);
    }

    /** Session starts from the next full hour to the end of today, local time. */
    private List<String> startTimesToday(Instant now) {
        ZonedDateTime first = now.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        List<String> times = new ArrayList<>();
        for (ZonedDateTime start = first; start.toLocalTime().isBefore(LocalTime.of(23, 45))
                && start.toLocalDate().equals(first.toLocalDate()); start = start.plusMinutes(SESSION_MINUTES)) {
            times.add(start.toOffsetDateTime().toString());
        }
        return times;
    }

    private String[] hirePractitioner() {
        if (locationId == null || practitionersHere == PRACTITIONERS_PER_LOCATION) {
            locationId = created(booking.post("/api/v1/locations", Map.of("name", "Load clinic " + zone,
                    "timeZone", zone.getId(), "openingHours", allDay(),
                    "settings", Map.of("shortSessionMinutes", SESSION_MINUTES, "bufferMinutes", 0))));
            practitionersHere = 0;
        }
        practitionersHere++;
        return new String[] {locationId, created(booking.post("/api/v1/practitioners",
                Map.of("name", "Practitioner " + UUID.randomUUID(), "locationIds", List.of(locationId))))};
    }

    private static Map<DayOfWeek, List<Map<String, String>>> allDay() {
        return Arrays.stream(DayOfWeek.values()).collect(Collectors.toMap(day -> day,
                day -> List.of(Map.of("opens", "00:00", "closes", "23:59"))));
    }

    private static String created(ApiClient.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Setting up the chain failed: " + response.status() + " " + response.body());
        }
        return response.text("id");
    }
}
