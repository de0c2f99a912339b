package io.clinicflow.kernel;

/** An id that names nothing this service knows: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
