package io.clinicflow.booking.courses;

import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CourseTests {

    private static final Instant OPENED = Instant.parse("2026-12-01T09:00:00Z");

    @ParameterizedTest(name = "a course of {0}, cancelled {1}, with {2} sessions done is {3}")
    @CsvSource(textBlock = """
            3, false, 0, OPEN
            3, false, 2, OPEN
            3, false, 3, COMPLETED
            1, false, 1, COMPLETED
            3, true,  0, CANCELLED
            3, true,  3, CANCELLED
            """)
    void aCourseIsDoneWhenAllItsSessionsTookPlaceUnlessItWasStopped(int length, boolean cancelled, int done,
                                                                     CourseStatus status) {
        Course course = new Course(UUID.randomUUID(), ClientId.random(), LocationId.random(), length, OPENED,
                cancelled ? OPENED.plusSeconds(60) : null);

        assertThat(course.status(done)).isEqualTo(status);
        assertThat(course.isCancelled()).isEqualTo(cancelled);
    }

    @Test
    void onlyACompletedBookingCountsAsADoneSession() {
        OffsetDateTime startsAt = OffsetDateTime.parse("2026-12-07T10:00:00Z");

        assertThat(new CourseSession(UUID.randomUUID(), 1, startsAt, "COMPLETED").isDone()).isTrue();
        assertThat(new CourseSession(UUID.randomUUID(), 2, startsAt, "CHECKED_IN").isDone()).isFalse();
    }
}
