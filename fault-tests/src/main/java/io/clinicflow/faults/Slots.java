package io.clinicflow.faults;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Free slots for the suite's clients, one each: today, in a location whose zone has late morning now (so the session
 * can be checked in and completed at once, and its DAY0 email is outside quiet hours and goes out at completion),
 * open all day with 15-minute sessions and no buffer. Practitioners are hired before the traffic starts.
 */
final class Slots {

    private static final int LOCAL_HOUR_NOW = 11;
    private static final int SESSION_MINUTES = 15;

    record Slot(String locationId, String practitionerId, String startsAt) {
    }

    private final ClinicApi booking;
    private final ZoneId zone;
    private final Deque<Slot> free = new ArrayDeque<>();
    private String locationId;

    Slots(ClinicApi booking, Instant now) {
        this.booking = booking;
        this.zone = lateMorningZone(now);
    }

    /** The whole-hour UTC offset at which the local time is now between 11:00 and 12:00 (Etc/GMT-5 is UTC+5). */
    static ZoneId lateMorningZone(Instant now) {
        int offset = Math.floorMod(LOCAL_HOUR_NOW - now.atZone(ZoneId.of("UTC")).getHour() + 12, 24) - 12;
        return ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
    }

    ZoneId zone() {
        return zone;
    }

    /** Hires practitioners until at least {@code count} slots are free. */
    synchronized void prepare(int count, Instant now) throws IOException {
        List<String> startTimes = startTimesToday(now);
        while (free.size() < count) {
            String practitionerId = created(booking.post("/api/v1/practitioners", Map.of(
                    "name", "Practitioner " + UUID.randomUUID(), "locationIds", List.of(location()))));
            startTimes.forEach(startsAt -> free.add(new Slot(locationId, practitionerId, startsAt)));
        }
    }

    synchronized Slot take() {
        Slot slot = free.poll();
        if (slot == null) {
            throw new IllegalStateException("No free slot left: prepare more before the traffic");
        }
        return slot;
    }

    private String location() throws IOException {
        if (locationId == null) {
            Map<DayOfWeek, List<Map<String, String>>> allDay = Arrays.stream(DayOfWeek.values()).collect(
                    Collectors.toMap(day -> day, day -> List.of(Map.of("opens", "00:00", "closes", "23:59"))));
            locationId = created(booking.post("/api/v1/locations", Map.of("name", "Fault clinic " + zone,
                    "timeZone", zone.getId(), "openingHours", allDay,
                    "settings", Map.of("shortSessionMinutes", SESSION_MINUTES, "bufferMinutes", 0))));
        }
        return locationId;
    }

    /** From at least an hour ahead (a booking must not start in the past by the time it is made) to 23:30 local time. */
    private List<String> startTimesToday(Instant now) {
        ZonedDateTime first = now.atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(2);
        return Stream.iterate(first, start -> start.plusMinutes(SESSION_MINUTES))
                .takeWhile(start -> start.toLocalTime().isBefore(LocalTime.of(23, 30)))
                .map(start -> start.toOffsetDateTime().toString()).toList();
    }

    private static String created(ClinicApi.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Setting up the clinic failed: " + response.status() + " " + response.body());
        }
        return response.text("id");
    }
}
