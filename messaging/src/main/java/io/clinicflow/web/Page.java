package io.clinicflow.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;

import java.util.Objects;

/**
 * Which part of a list to answer, from the optional query parameters {@code limit} and {@code offset}: no request
 * makes a service read and send a whole table (issue 23, ADR 0037). The default is larger than any list of one
 * client or of one location's day, so that a caller who never pages still gets those whole.
 */
@ParameterObject
public record Page(
        @Schema(description = "at most this many records", defaultValue = "" + DEFAULT_LIMIT)
        @Min(1) @Max(MAX_LIMIT) Integer limit,
        @Schema(description = "skip this many records first, in the list's order", defaultValue = "0")
        @Min(0) Integer offset) {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;

    public Page {
        limit = Objects.requireNonNullElse(limit, DEFAULT_LIMIT);
        offset = Objects.requireNonNullElse(offset, 0);
    }
}
