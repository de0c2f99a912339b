package io.clinicflow.session.clients;

/**
 * Where an erasure is written down before any of the client's data goes (ADR 0025, 0030). The PHI audit keeps it:
 * the audit knows clients (whose records it opens), so clients name only this.
 */
public interface ErasureLog {

    void recordErasure(ClientId clientId);
}
