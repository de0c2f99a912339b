package io.clinicflow.booking.locations;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** When a location is open, per day of the week, in its local time. A day without periods is closed. */
public record OpeningHours(Map<DayOfWeek, List<OpenPeriod>> days) {

    private static final List<DayOfWeek> MONDAY_TO_SATURDAY = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    /** DESIGN §7: Monday to Saturday, 09:00 to 19:00. */
    public static final OpeningHours DEFAULT = every(MONDAY_TO_SATURDAY, OpenPeriod.of("09:00", "19:00"));

    public OpeningHours {
        EnumMap<DayOfWeek, List<OpenPeriod>> sorted = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, periods) -> {
            List<OpenPeriod> ordered = periods.stream().sorted(Comparator.comparing(OpenPeriod::opens)).toList();
            requireNoOverlap(day, ordered);
            if (!ordered.isEmpty()) {
                sorted.put(day, ordered);
            }
        });
        days = Collections.unmodifiableMap(sorted);
    }

    public static OpeningHours every(List<DayOfWeek> days, OpenPeriod period) {
        Map<DayOfWeek, List<OpenPeriod>> hours = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> hours.put(day, List.of(period)));
        return new OpeningHours(hours);
    }

    public List<OpenPeriod> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** Whether every period of {@code inner} lies inside one period of these hours on the same day. */
    public boolean covers(OpeningHours inner) {
        return inner.days.entrySet().stream().allMatch(day -> day.getValue().stream().allMatch(period ->
                on(day.getKey()).stream().anyMatch(open ->
                        !period.opens().isBefore(open.opens()) && !period.closes().isAfter(open.closes()))));
    }

    private static void requireNoOverlap(DayOfWeek day, List<OpenPeriod> ordered) {
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i - 1).overlaps(ordered.get(i))) {
                throw new IllegalArgumentException("Opening periods on " + day + " overlap");
            }
        }
    }
}
