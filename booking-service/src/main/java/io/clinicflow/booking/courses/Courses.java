package io.clinicflow.booking.courses;

import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.kernel.RandomUuid;
import io.clinicflow.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The clients' courses: opened by a first booking, stopped by a cancellation or an abandoned session. */
@Service
public class Courses {

    /** A course and its bookings, as the API shows it. */
    public record CourseRecord(Course course, List<CourseSession> sessions) {

        public int sessionsDone() {
            return (int) sessions.stream().filter(CourseSession::isDone).count();
        }

        public CourseStatus status() {
            return course.status(sessionsDone());
        }
    }

    private final CourseRepository repository;
    private final CourseSessions sessions;
    private final Clock clock;

    Courses(CourseRepository repository, CourseSessions sessions, Clock clock) {
        this.repository = repository;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public Course open(ClientId client, LocationId location, int length) {
        Course course = new Course(RandomUuid.next(), client, location, length, clock.instant(), null);
        repository.add(course);
        return course;
    }

    /** The course, locked for the rest of the transaction; 404 for an id that names none. */
    @Transactional
    public Course lock(UUID id) {
        return repository.lock(id).orElseThrow(() -> new NotFoundException("course", id));
    }

    /** Stops the course; stopping it again changes nothing. */
    @Transactional
    public void cancel(UUID id) {
        repository.cancel(id, clock.instant());
    }

    @Transactional(readOnly = true)
    public CourseRecord get(UUID id) {
        Course course = repository.find(id).orElseThrow(() -> new NotFoundException("course", id));
        return new CourseRecord(course, sessions.of(id));
    }
}
