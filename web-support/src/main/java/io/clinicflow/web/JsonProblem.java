package io.clinicflow.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.stream.Collectors;

/**
 * Names the JSON field that Jackson could not read, and says in plain words what it must be: Jackson's own messages
 * name Java types ({@code java.util.LinkedHashMap<java.lang.String,…>}) and the service's classes (issue 23).
 */
final class JsonProblem {

    private JsonProblem() {
    }

    static String pathOf(HttpMessageNotReadableException e) {
        JacksonException jackson = jacksonCause(e);
        if (jackson == null || jackson.getPath().isEmpty()) {
            return "body";
        }
        return jackson.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    static String reasonOf(HttpMessageNotReadableException e) {
        return switch (jacksonCause(e)) {
            case null -> "is missing or not JSON";
            case StreamConstraintsException limit -> "is nested too deeply or holds too long a number or name";
            case InputCoercionException number -> "must be " + ExpectedValue.of(number.getTargetType()) + " in range";
            case StreamReadException syntax -> "is not well-formed JSON" + at(syntax.getLocation());
            case UnrecognizedPropertyException unknown -> "is not a field of this request";
            case MismatchedInputException mismatch -> "must be " + ExpectedValue.of(mismatch.getTargetType());
            default -> "is not a value this field takes";
        };
    }

    /** The innermost of Jackson's exceptions: the one that says what went wrong where. */
    private static JacksonException jacksonCause(Throwable e) {
        JacksonException innermost = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                innermost = jackson;
            }
        }
        return innermost;
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
