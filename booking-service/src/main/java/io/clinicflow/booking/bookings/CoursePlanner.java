package io.clinicflow.booking.bookings;

import io.clinicflow.booking.courses.Course;
import io.clinicflow.booking.courses.CoursePolicy;
import io.clinicflow.booking.courses.Courses;
import io.clinicflow.booking.locations.Location;
import io.clinicflow.kernel.Journey;
import io.clinicflow.kernel.ConflictException;
import io.clinicflow.kernel.InvalidRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Places bookings in their course: numbering, spacing (DESIGN §4) and stopping a course with its open bookings. */
@Component
class CoursePlanner {

    private final BookingRepository bookings;
    private final Courses courses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoursePlanner(BookingRepository bookings, Courses courses, ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.courses = courses;
        this.events = events;
        this.clock = clock;
    }

    /** A later session of the requested course, or the first session of a new one. */
    CoursePosition positionFor(BookSession session, CourseRequest request, Location location) {
        if (request.courseId() != null) {
            return nextOf(request.courseId(), session);
        }
        return opening(session, request.length() == null ? location.settings().courseLength() : request.length());
    }

    CoursePosition opening(BookSession session, int length) {
        Course course = courses.open(session.clientId(), session.locationId(), length);
        return new CoursePosition(course.id(), 1, length);
    }

    /** The next session of an open course of the same client and location; a full or stopped course is a 409. */
    CoursePosition nextOf(UUID courseId, BookSession session) {
        Course course = courses.lock(courseId);
        if (!course.clientId().equals(session.clientId()) || !course.locationId().equals(session.locationId())) {
            throw new InvalidRequestException("courseId", "Course " + courseId + " is not this client's at this location");
        }
        if (course.isCancelled()) {
            throw new ConflictException("Course " + courseId + " was cancelled");
        }
        long booked = bookings.ofCourse(courseId).stream().filter(b -> b.status().countsForCourse()).count();
        if (booked >= course.length()) {
            throw new ConflictException("Course " + courseId + " has all its " + course.length() + " sessions booked");
        }
        return new CoursePosition(courseId, (int) booked + 1, course.length());
    }

    /** Sessions of one course keep the location's minimum of days apart, counted in its calendar (409 otherwise). */
    void requireSpacing(UUID courseId, BookingId self, Instant startsAt, Location location) {
        ZoneId zone = location.timeZone();
        List<LocalDate> others = bookings.ofCourse(courseId).stream()
                .filter(other -> !other.id().equals(self) && other.status().countsForCourse())
                .map(other -> other.startsAt().atZone(zone).toLocalDate())
                .toList();
        new CoursePolicy(location.settings().minDaysBetweenSessions())
                .requireSpacing(startsAt.atZone(zone).toLocalDate(), others);
    }

    /** Stops the course: each of its other open bookings is cancelled, with its own event. */
    void stop(UUID courseId, BookingId except, Cancellation cancellation, Journey journey) {
        courses.cancel(courseId);
        for (Booking other : bookings.ofCourse(courseId)) {
            if (!other.id().equals(except) && other.status().isOpen()) {
                Booking locked = bookings.lock(other.id()).orElseThrow();
                if (locked.status().isOpen()) {
                    events.publishEvent(locked.cancel(cancellation, true, journey));
                    bookings.update(locked);
                }
            }
        }
    }

    Instant now() {
        return clock.instant();
    }
}
