package io.clinicflow.booking.courses;

import io.clinicflow.security.LocationScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
class CourseController {

    record CourseView(UUID id, UUID clientId, UUID locationId, int length, int sessionsDone, CourseStatus status,
                      List<CourseSession> bookings) {
        static CourseView of(Courses.CourseRecord record) {
            Course course = record.course();
            return new CourseView(course.id(), course.clientId().value(), course.locationId().value(), course.length(),
                    record.sessionsDone(), record.status(), record.sessions());
        }
    }

    private final Courses courses;

    private final LocationScope scope;

    CourseController(Courses courses, LocationScope scope) {
        this.courses = courses;
        this.scope = scope;
    }

    @GetMapping("/api/v1/courses/{id}")
    CourseView one(@PathVariable UUID id) {
        return CourseView.of(scope.require(courses.get(id), record -> record.course().locationId().value(), "course", id));
    }
}
