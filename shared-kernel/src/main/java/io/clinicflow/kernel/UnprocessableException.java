package io.clinicflow.kernel;

/** A well-formed request that cannot be honoured, such as an Idempotency-Key reused with another body: 422. */
public class UnprocessableException extends RuntimeException {

    public UnprocessableException(String message) {
        super(message);
    }
}
