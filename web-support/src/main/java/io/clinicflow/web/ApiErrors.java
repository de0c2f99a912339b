package io.clinicflow.web;

import io.clinicflow.kernel.ClientErased;
import io.clinicflow.kernel.ConflictException;
import io.clinicflow.kernel.InvalidRequestException;
import io.clinicflow.kernel.NotFoundException;
import io.clinicflow.kernel.TooLargeException;
import io.clinicflow.kernel.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details for every ClinicFlow API: 400 with an {@code errors} list of field errors, 404 for
 * unknown ids, 409 for conflicts, 413 for a request too large to become an event, 422 for a misused
 * Idempotency-Key. A client's mistake is never a 500, and no answer names a Java type, class, exception or stack
 * frame (issue 23): a 400 says in plain words which field must be what.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** One rejected field of a request. */
    public record FieldError(String field, String message) {
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** The client was erased at their request (ADR 0030): 410 with their id, so callers stop asking. */
    @ExceptionHandler
    ProblemDetail erased(ClientErased e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        problem.setProperty("clientId", e.clientId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unprocessable(UnprocessableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    /** The request would make an event larger than the outbox takes: nothing was stored (issue 23). */
    @ExceptionHandler
    ProblemDetail tooLarge(TooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException e) {
        return badRequest(e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
    }

    /** Our bug, not the caller's: logged whole, answered without its insides. */
    @ExceptionHandler
    ProblemDetail unexpected(Exception e, WebRequest request) {
        log.error("Could not answer {}", request.getDescription(false), e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service could not answer this request; the failure is logged");
    }

    /** A value that could not even be bound (limit=many) says what it must be; the converter's message would not. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BindingResult binding = e.getBindingResult();
        List<FieldError> errors = binding.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.isBindingFailure()
                        ? "must be " + ExpectedValue.of(binding.getFieldType(error.getField()))
                        : error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(badRequest("The request has invalid fields", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(badRequest("The request has invalid parameters", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest("The request body is not readable JSON of the expected shape",
                List.of(new FieldError(JsonProblem.pathOf(e), JsonProblem.reasonOf(e)))));
    }

    /** A path or query value of the wrong type, such as an id that is not a UUID or an area that is none. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (e instanceof MethodArgumentTypeMismatchException argument) {
            return fieldError(argument.getName(), "must be " + ExpectedValue.of(
                    argument.getParameter().nested().getNestedParameterType()) + ", was '" + e.getValue() + "'");
        }
        return fieldError(e.getPropertyName(), "must be " + ExpectedValue.of(e.getRequiredType()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return fieldError(e.getParameterName(), "is required");
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException header) {
            return fieldError(header.getHeaderName(), "header is required");
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    private static ResponseEntity<Object> fieldError(String field, String message) {
        return ResponseEntity.badRequest().body(badRequest(field + " " + message, List.of(new FieldError(field, message))));
    }

    private static ProblemDetail badRequest(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }
}
