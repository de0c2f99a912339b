package io.clinicflow.session.audit;

import io.clinicflow.session.clients.ClientId;
import io.clinicflow.web.PageQuery;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Operations read who accessed a client's health data ({@code OPS} only: SessionAccess; location-scoped). */
@RestController
class AuditController {

    record AuditView(String actor, OffsetDateTime occurredAt, UUID clientId, AuditEntry.RecordType recordType,
                     UUID recordId, AuditEntry.Action action, String purpose) {
        static AuditView of(AuditEntry entry) {
            return new AuditView(entry.actor(), entry.occurredAt().atOffset(ZoneOffset.UTC), entry.clientId().value(),
                    entry.recordType(), entry.recordId(), entry.action(), entry.purpose());
        }
    }

    private final PhiAudit audit;
    private final HealthRecordAccess access;

    AuditController(PhiAudit audit, HealthRecordAccess access) {
        this.audit = audit;
        this.access = access;
    }

    /**
     * Oldest first, a page at a time (ADR 0037): a client's log grows with every read of their record. The client of
     * a location the caller does not cover is not found, as an unknown one (ADR 0024, 0039).
     */
    @GetMapping("/api/v1/audit")
    List<AuditView> of(@RequestParam UUID clientId, @Valid PageQuery paging) {
        ClientId client = new ClientId(clientId);
        access.requireClient(client);
        return audit.of(client, paging.page()).stream().map(AuditView::of).toList();
    }
}
