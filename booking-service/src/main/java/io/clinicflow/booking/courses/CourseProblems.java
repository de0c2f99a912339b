package io.clinicflow.booking.courses;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A too-early session is a 409 wherever it is asked for (booking, rescheduling, accepting an offer). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CourseProblems {

    @ExceptionHandler
    ProblemDetail tooClose(SessionsTooClose e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("earliestAllowedDate", e.earliestAllowedDate().toString());
        return problem;
    }
}
