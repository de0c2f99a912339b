package io.clinicflow.session.audit;

import io.clinicflow.session.clients.ClientId;

import java.time.Instant;
import java.util.UUID;

/** One access to health data: who, when, whose, which record, read or write, and why. */
public record AuditEntry(String actor, Instant occurredAt, ClientId clientId, RecordType recordType,
                         UUID recordId, Action action, String purpose) {

    /** Whether health data was read or written. */
    public enum Action { READ, WRITE }

    /** The kinds of health record session-service keeps; CLIENT is all of one client's (their erasure). */
    public enum RecordType { DECLARATION, SCREENING, REVIEW, SESSION, CLIENT }
}
