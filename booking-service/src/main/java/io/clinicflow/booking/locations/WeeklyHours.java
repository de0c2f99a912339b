package io.clinicflow.booking.locations;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.clinicflow.kernel.InvalidRequestException;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Weekly hours as the API writes them: {"MONDAY":[{"opens":"09:00","closes":"19:00"}], …}. */
public final class WeeklyHours {

    /** Morning, afternoon and evening with breaks between fit many times over (ADR 0037). */
    public static final int MAX_PERIODS_A_DAY = 6;

    /** One opening period of a day. */
    public record Period(@NotNull @JsonFormat(pattern = "HH:mm") LocalTime opens,
                         @NotNull @JsonFormat(pattern = "HH:mm") LocalTime closes) {
    }

    private WeeklyHours() {
    }

    /** The hours a request wrote; a period that closes before it opens, or overlapping ones, are a 400 on the field. */
    public static OpeningHours read(String field, Map<DayOfWeek, List<Period>> written) {
        try {
            Map<DayOfWeek, List<OpenPeriod>> days = new EnumMap<>(DayOfWeek.class);
            written.forEach((day, periods) ->
                    days.put(day, periods.stream().map(p -> new OpenPeriod(p.opens(), p.closes())).toList()));
            return new OpeningHours(days);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
    }

    public static Map<DayOfWeek, List<Period>> write(OpeningHours hours) {
        Map<DayOfWeek, List<Period>> days = new EnumMap<>(DayOfWeek.class);
        hours.days().forEach((day, periods) ->
                days.put(day, periods.stream().map(p -> new Period(p.opens(), p.closes())).toList()));
        return days;
    }
}
