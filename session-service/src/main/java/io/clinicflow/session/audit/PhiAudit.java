package io.clinicflow.session.audit;

import io.clinicflow.audit.PhiAuditLog;
import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.Page;
import io.clinicflow.session.clients.ClientId;
import io.clinicflow.session.clients.ErasureLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The append-only log of reads and writes of health data (ADR 0025) in session's record types, kept by messaging's
 * {@link PhiAuditLog}: each access in a transaction of its own, before the data is handed out or changed.
 */
@Service
public class PhiAudit implements ErasureLog {

    private final PhiAuditLog log;

    PhiAudit(JdbcClient jdbc, PlatformTransactionManager transactions, LocationScope scope, Clock clock) {
        this.log = new PhiAuditLog(jdbc, transactions, scope, clock);
    }

    public void record(ClientId clientId, AuditEntry.RecordType type, UUID recordId, AuditEntry.Action action,
                       String purpose) {
        log.append(clientId.value(), type, recordId, action, purpose);
    }

    /** The erasure of all the client's health data (ADR 0030). */
    @Override
    public void recordErasure(ClientId clientId) {
        log.appendErasure(clientId.value(), AuditEntry.RecordType.CLIENT);
    }

    /** A page of the accesses to the client's health data, oldest first. */
    public List<AuditEntry> of(ClientId clientId, Page page) {
        return log.of(clientId.value(), page).stream().map(row -> new AuditEntry(row.actor(), row.occurredAt(),
                new ClientId(row.clientId()), AuditEntry.RecordType.valueOf(row.recordType()), row.recordId(),
                AuditEntry.Action.valueOf(row.action()), row.purpose())).toList();
    }
}
