package io.clinicflow.privacy;

import java.util.UUID;

/**
 * The per-client data keys that seal personal fields of events (ADR 0030): one place, which erasure empties. Only the
 * key store's owner, booking-service, makes and destroys them (ADR 0043).
 */
public interface ClientKeys extends ClientKeyLookup {

    /** The client's key, made now if they have none yet. */
    byte[] createIfAbsent(UUID clientId);

    /** Forgets the client's key for good; destroying a key that is already gone is fine (erasure may be retried). */
    void destroy(UUID clientId);
}
