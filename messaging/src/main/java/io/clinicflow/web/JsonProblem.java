package io.clinicflow.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

import java.util.stream.Collectors;

/** Names the JSON field that Jackson could not read, so a 400 says which field and why. */
final class JsonProblem {

    private JsonProblem() {
    }

    static String pathOf(HttpMessageNotReadableException e) {
        if (e.getMostSpecificCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        return "body";
    }

    static String reasonOf(HttpMessageNotReadableException e) {
        if (e.getMostSpecificCause() instanceof JacksonException jackson) {
            String message = jackson.getOriginalMessage();
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
        return "missing or malformed body";
    }
}
