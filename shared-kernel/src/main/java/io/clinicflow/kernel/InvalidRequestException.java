package io.clinicflow.kernel;

/** A request field that passed bean validation but breaks a domain rule (a date in the future…): answered with 400. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
