package io.clinicflow.audit;

import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The append-only log of accesses to clients' health data, table {@code phi_audit} in the service's own database
 * (each service's Flyway migration creates it with a trigger that refuses UPDATE, DELETE and TRUNCATE; ADR 0025,
 * 0039). A service wraps it in its own record types; the log keeps their names, and ids, never health content.
 */
public class PhiAuditLog {

    /** The request header in which a caller states why it opens health data. */
    public static final String PURPOSE_HEADER = "X-Purpose";

    /** One access: who, when, whose record of which type, read or written, and why. */
    public record Row(String actor, Instant occurredAt, UUID clientId, String recordType, UUID recordId,
                      String action, String purpose) {
    }

    private static final String ERASURE = "erasure";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final LocationScope scope;
    private final Clock clock;

    public PhiAuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, LocationScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The caller (the token's subject) read or wrote the record. Appended in a transaction of its own: logged before
     * data is handed out or changed, an attempt that then fails (and rolls the caller's transaction back) stays on
     * record.
     */
    public void append(UUID clientId, Enum<?> recordType, UUID recordId, Enum<?> action, String purpose) {
        insert(scope.caller(), clientId, recordType.name(), recordId, action.name(), purpose);
    }

    /**
     * The erasure of the client's health data (ADR 0030), written as one write of the record type that stands for
     * all of a client's records: no staff member's token asks for it, the event does.
     */
    public void appendErasure(UUID clientId, Enum<?> wholeClientRecordType) {
        insert(ERASURE, clientId, wholeClientRecordType.name(), clientId, "WRITE", "right to erasure");
    }

    private void insert(String actor, UUID clientId, String recordType, UUID recordId, String action,
                        String purpose) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        insert into phi_audit (occurred_at, actor, client_id, record_type, record_id, action, purpose)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), actor, clientId, recordType, recordId, action, purpose)
                .update());
    }

    /** A page of the accesses to the client's health data, oldest first. */
    public List<Row> of(UUID clientId, Page page) {
        return jdbc.sql("""
                        select actor, occurred_at, client_id, record_type, record_id, action, purpose
                        from phi_audit where client_id = ? order by seq limit ? offset ?""")
                .params(clientId, page.limit(), page.offset())
                .query((rs, row) -> new Row(rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getObject("client_id", UUID.class), rs.getString("record_type"),
                        rs.getObject("record_id", UUID.class), rs.getString("action"), rs.getString("purpose")))
                .list();
    }
}
