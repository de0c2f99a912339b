package io.clinicflow.privacy;

import java.util.Optional;
import java.util.UUID;

/**
 * Finding a client's key: all a service that only opens sealed fields may do with the key store (ADR 0043); making
 * and destroying keys is booking-service's ({@link ClientKeys}).
 */
public interface ClientKeyLookup {

    /** The client's key; empty once the client is erased (or was never registered). */
    Optional<byte[]> find(UUID clientId);
}
