package io.clinicflow.aftercare.audit;

import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.audit.PhiAuditLog;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.PageQuery;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Operations read who accessed a client's healing records ({@code OPS} only: AftercareAccess; location-scoped). */
@RestController
class AuditController {

    record AuditView(String actor, OffsetDateTime occurredAt, UUID clientId, PhiAudit.RecordType recordType,
                     UUID recordId, PhiAudit.Action action, String purpose) {
        static AuditView of(PhiAuditLog.Row row) {
            return new AuditView(row.actor(), row.occurredAt().atOffset(ZoneOffset.UTC), row.clientId(),
                    PhiAudit.RecordType.valueOf(row.recordType()), row.recordId(),
                    PhiAudit.Action.valueOf(row.action()), row.purpose());
        }
    }

    private final PhiAudit audit;
    private final ClientContacts clients;
    private final LocationScope scope;

    AuditController(PhiAudit audit, ClientContacts clients, LocationScope scope) {
        this.audit = audit;
        this.clients = clients;
        this.scope = scope;
    }

    /**
     * Oldest first, a page at a time (ADR 0037); 404 for a client never registered and, alike, for a client of a
     * location the caller does not cover (ADR 0024), as aftercare's other lists of a client answer.
     */
    @GetMapping("/api/v1/audit")
    List<AuditView> of(@RequestParam UUID clientId, @Valid PageQuery paging) {
        clients.requireVisible(new ClientId(clientId), scope);
        return audit.of(new ClientId(clientId), paging.page()).stream().map(AuditView::of).toList();
    }
}
