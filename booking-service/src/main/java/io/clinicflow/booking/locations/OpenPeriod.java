package io.clinicflow.booking.locations;

import java.time.LocalTime;
import java.util.Objects;

/** One stretch of a day during which a location is open, in its local time: {@code opens} until {@code closes}. */
public record OpenPeriod(LocalTime opens, LocalTime closes) {

    public OpenPeriod {
        Objects.requireNonNull(opens, "opens is required");
        Objects.requireNonNull(closes, "closes is required");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("opens (" + opens + ") must be before closes (" + closes + ")");
        }
    }

    public static OpenPeriod of(String opens, String closes) {
        return new OpenPeriod(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    boolean overlaps(OpenPeriod other) {
        return opens.isBefore(other.closes) && other.opens.isBefore(closes);
    }
}
