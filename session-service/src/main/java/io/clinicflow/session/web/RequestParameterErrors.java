package io.clinicflow.session.web;

import io.clinicflow.web.ApiErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Map;

/**
 * Gives a missing query parameter or a path or query value of the wrong type (an id that is not a UUID) the same
 * 400 shape as a bad body field: problem details naming the field. Ordered before {@link ApiErrors}, which answers
 * these without field errors.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestParameterErrors {

    @ExceptionHandler
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return badRequest(e.getName(), "must be a " + expected + ", was '" + e.getValue() + "'");
    }

    @ExceptionHandler
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return badRequest(e.getParameterName(), "is required");
    }

    private static ProblemDetail badRequest(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + " " + message);
        problem.setProperties(Map.of("errors", List.of(new ApiErrors.FieldError(field, message))));
        return problem;
    }
}
