package io.clinicflow.kernel;

/** The dates of birth ClinicFlow takes: none before {@value #EARLIEST} (ADR 0040), checked at the edge and in the domain. */
public final class DateOfBirth {

    /** ISO date; a compile-time constant, so annotations at the edge can name it. */
    public static final String EARLIEST = "1900-01-01";

    private DateOfBirth() {
    }
}
