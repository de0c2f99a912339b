package io.clinicflow.kernel;

import java.util.Objects;

/**
 * Which part of a list to answer: no request makes a service read and send a whole table (issue 23, ADR 0037). The
 * default is larger than any list of one client or of one location's day, so that a caller who never pages still gets
 * those whole.
 */
public record Page(Integer limit, Integer offset) {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;

    public Page {
        limit = Objects.requireNonNullElse(limit, DEFAULT_LIMIT);
        offset = Objects.requireNonNullElse(offset, 0);
    }
}
