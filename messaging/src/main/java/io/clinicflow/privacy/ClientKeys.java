package io.clinicflow.privacy;

import java.util.Optional;
import java.util.UUID;

/** The per-client data keys that seal personal fields of events (ADR 0030): one place, which erasure empties. */
public interface ClientKeys {

    /** The client's key, made now if they have none yet. */
    byte[] createIfAbsent(UUID clientId);

    /** The client's key; empty once the client is erased (or was never registered). */
    Optional<byte[]> find(UUID clientId);

    /** Forgets the client's key for good; destroying a key that is already gone is fine (erasure may be retried). */
    void destroy(UUID clientId);
}
