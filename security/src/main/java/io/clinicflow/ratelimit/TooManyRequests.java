package io.clinicflow.ratelimit;

import java.time.Duration;

/** The answer to a caller over its quota: 429, when to try again, and why in plain words (RFC 9457, ADR 0041). */
public record TooManyRequests(Duration retryIn) {

    public static final int STATUS = 429;
    public static final String TITLE = "Too Many Requests";

    /** Whole seconds, rounded up, as {@code Retry-After} wants them: never 0, which would invite an instant retry. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryIn.toMillis() + 999) / 1000);
    }

    public String detail(String what) {
        return "You sent more " + what + " than one person sends in a short time; try again in "
                + retryAfterSeconds() + " s";
    }
}
