package io.clinicflow.aftercare.web;

import io.clinicflow.web.ApiErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Map;

/**
 * A path id that is no UUID answers 400 with the same {@code errors:[{field, message}]} as a bad body; the shared
 * {@link ApiErrors} would answer a problem without field errors. Ordered first so it wins over ApiErrors.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PathVariableErrors {

    @ExceptionHandler
    ProblemDetail malformed(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid parameters");
        problem.setProperties(Map.of("errors",
                List.of(new ApiErrors.FieldError(e.getName(), "must be a " + type + ", was '" + e.getValue() + "'"))));
        return problem;
    }
}
