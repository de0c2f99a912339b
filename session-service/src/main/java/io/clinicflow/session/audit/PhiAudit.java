package io.clinicflow.session.audit;

import io.clinicflow.security.LocationScope;
import io.clinicflow.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The append-only log of reads and writes of health data (ADR 0025). An access is logged in its own transaction
 * before the data is handed out or changed: an attempt that then fails stays on record.
 */
@Service
public class PhiAudit {

    private static final String ERASURE = "erasure";

    private final JdbcClient jdbc;
    private final LocationScope scope;
    private final Clock clock;

    PhiAudit(JdbcClient jdbc, LocationScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(UUID clientId, AuditEntry.RecordType type, UUID recordId, AuditEntry.Action action,
                       String purpose) {
        insert(scope.caller(), clientId, type, recordId, action, purpose);
    }

    /** The erasure of all the client's health data (ADR 0030): no staff member's token asks for it, the event does. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordErasure(UUID clientId) {
        insert(ERASURE, clientId, AuditEntry.RecordType.CLIENT, clientId, AuditEntry.Action.WRITE, "right to erasure");
    }

    private void insert(String actor, UUID clientId, AuditEntry.RecordType type, UUID recordId,
                        AuditEntry.Action action, String purpose) {
        jdbc.sql("""
                        insert into phi_audit (occurred_at, actor, client_id, record_type, record_id, action, purpose)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), actor, clientId, type.name(), recordId, action.name(),
                        purpose)
                .update();
    }

    /** A page of the accesses to the client's health data, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> of(UUID clientId, Page page) {
        return jdbc.sql("""
                        select actor, occurred_at, client_id, record_type, record_id, action, purpose
                        from phi_audit where client_id = ? order by seq limit ? offset ?""")
                .params(clientId, page.limit(), page.offset())
                .query((rs, row) -> new AuditEntry(rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("client_id", UUID.class), AuditEntry.RecordType.valueOf(rs.getString("record_type")),
                        rs.getObject("record_id", UUID.class), AuditEntry.Action.valueOf(rs.getString("action")),
                        rs.getString("purpose")))
                .list();
    }
}
