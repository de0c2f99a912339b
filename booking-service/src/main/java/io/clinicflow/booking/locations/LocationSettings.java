package io.clinicflow.booking.locations;

import java.time.Duration;

/**
 * How a location runs its calendar (DESIGN §4): session lengths (face-only areas and the rest), the cleaning buffer
 * after each session, the default course length and the days between two sessions of a course.
 */
public record LocationSettings(Duration shortSession, Duration longSession, Duration buffer, int courseLength,
                               int minDaysBetweenSessions) {

    public static final LocationSettings DEFAULT =
            new LocationSettings(Duration.ofMinutes(60), Duration.ofMinutes(90), Duration.ofMinutes(15), 3, 28);

    public LocationSettings {
        if (shortSession.isNegative() || shortSession.isZero() || longSession.compareTo(shortSession) < 0) {
            throw new IllegalArgumentException("Sessions last a positive time, the long one at least the short one");
        }
        if (buffer.isNegative() || courseLength < 1 || minDaysBetweenSessions < 0) {
            throw new IllegalArgumentException("Buffer, course length and spacing cannot be negative");
        }
    }
}
