package io.clinicflow.aftercare.audit;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.audit.PhiAuditLog;
import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The append-only log of reads and writes of clients' healing records in aftercare (ADR 0039): who, whose, which
 * record, when and why; ids only. Each access is logged in a transaction of its own (messaging's PhiAuditLog).
 */
@Service
public class PhiAudit {

    /** The header in which a caller states why it opens a client's healing records. */
    public static final String PURPOSE_HEADER = PhiAuditLog.PURPOSE_HEADER;

    /** Whether a record was read or written. */
    public enum Action { READ, WRITE }

    /**
     * The records of healing aftercare keeps: a check-in, a concern (raised or resolved), a plan (whose view says
     * whether a concern holds its milestones); CLIENT is all of one client's (their erasure).
     */
    public enum RecordType { CHECK_IN, CONCERN, PLAN, CLIENT }

    private final PhiAuditLog log;

    PhiAudit(JdbcClient jdbc, PlatformTransactionManager transactions, LocationScope scope, Clock clock) {
        this.log = new PhiAuditLog(jdbc, transactions, scope, clock);
    }

    /** The caller (the token's subject) read or wrote the record. */
    public void record(ClientId clientId, RecordType type, UUID recordId, Action action, String purpose) {
        log.append(clientId.value(), type, recordId, action, purpose);
    }

    /** The erasure of the client's notes (ADR 0030). */
    public void recordErasure(ClientId clientId) {
        log.appendErasure(clientId.value(), RecordType.CLIENT);
    }

    List<PhiAuditLog.Row> of(ClientId clientId, Page page) {
        return log.of(clientId.value(), page);
    }
}
