package io.clinicflow.kernel;

/** A request that contradicts the current state (a taken slot, an illegal state change): answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
