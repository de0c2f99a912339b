package io.clinicflow.messaging;

/** A readable event that can never be handled (it fails validation): it goes to the dead-letter topic, unretried. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
