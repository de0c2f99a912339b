package io.clinicflow.kernel;

import java.util.UUID;

/**
 * The client existed but was erased at their request (ADR 0030): answered with 410, so callers stop asking rather than
 * think it a typo, and nothing new is recorded about them.
 */
public class ClientErased extends RuntimeException {

    private final UUID clientId;

    public ClientErased(UUID clientId) {
        super("client erased");
        this.clientId = clientId;
    }

    public UUID clientId() {
        return clientId;
    }
}
