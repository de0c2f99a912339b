package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A completed session knows whether it ends its course (then MAINTENANCE follows) and when it ended, locally. */
class CompletedSessionTests {

    private static final Instant COMPLETED_AT = Instant.parse("2026-06-10T22:30:00Z");

    @ParameterizedTest(name = "session {0} of {1}: last of its course {2}")
    @CsvSource(textBlock = """
            1, 1, true
            1, 3, false
            2, 3, false
            3, 3, true
            4, 3, true
            """)
    void endsItsCourseFromTheCoursesLengthOn(int sessionNumber, int courseLength, boolean last) {
        assertThat(session(sessionNumber, courseLength).lastSessionOfCourse()).isEqualTo(last);
    }

    @ParameterizedTest(name = "session {0} of {1} is refused")
    @CsvSource(textBlock = """
            0, 3
            1, 0
            -1, 3
            """)
    void refusesASessionNumberOrCourseLengthBelowOne(int sessionNumber, int courseLength) {
        assertThatIllegalArgumentException().isThrownBy(() -> session(sessionNumber, courseLength))
                .withMessage("Session " + sessionNumber + " of a course of " + courseLength);
    }

    @ParameterizedTest(name = "completed 22:30 UTC is {1} in {0}")
    @CsvSource(textBlock = """
            Europe/Berlin,    2026-06-11T00:30+02:00[Europe/Berlin]
            America/New_York, 2026-06-10T18:30-04:00[America/New_York]
            """)
    void endedOnTheLocationsCalendarAndClock(ZoneId zone, ZonedDateTime local) {
        assertThat(session(1, 1, zone).completedLocally()).isEqualTo(local);
    }

    private static CompletedSession session(int sessionNumber, int courseLength) {
        return session(sessionNumber, courseLength, ZoneId.of("Europe/Berlin"));
    }

    private static CompletedSession session(int sessionNumber, int courseLength, ZoneId zone) {
        UUID clientId = UUID.randomUUID();
        UUID locationId = UUID.randomUUID();
        return new CompletedSession(new SessionId(UUID.randomUUID()), new ClientId(clientId), locationId,
                UUID.randomUUID(), COMPLETED_AT, zone, Set.of(TreatmentArea.FACE), new CourseId(UUID.randomUUID()),
                sessionNumber, courseLength, Journey.start(clientId, locationId));
    }
}
