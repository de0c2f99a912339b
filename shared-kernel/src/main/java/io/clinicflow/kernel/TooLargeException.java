package io.clinicflow.kernel;

/** A request that would make something larger than the service keeps, such as an event over the outbox's limit: 413. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
