package io.clinicflow.events.codec;

/** The bytes are not a ClinicFlow event this consumer can read: never retried, always dead-lettered. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
