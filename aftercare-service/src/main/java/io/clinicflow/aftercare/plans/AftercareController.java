package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.audit.PhiAudit;
import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.PageQuery;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

@RestController
class AftercareController {

    record PlanView(UUID sessionId, OffsetDateTime startedAt, List<MessageView> messages) {
        static PlanView of(StartedPlan plan) {
            return new PlanView(plan.sessionId().value(), plan.startedAt().toOffsetDateTime(),
                    plan.messages().stream().map(MessageView::of).toList());
        }
    }

    /**
     * A message, or a milestone step still due ({@code channel} null); {@code note} says why a SKIPPED message stays
     * unsent (no consent, no SMS gateway), why a FAILED one failed, or that a milestone is held by a concern.
     */
    record MessageView(AftercareStep step, ChannelName channel, OffsetDateTime scheduledFor, OffsetDateTime sentAt,
                       MessageStatus status, String note) {
        static MessageView of(StartedPlan.Message message) {
            return new MessageView(message.step(), message.channel().orElse(null),
                    message.scheduledFor().toOffsetDateTime(),
                    message.sentAt().map(ZonedDateTime::toOffsetDateTime).orElse(null), message.status(),
                    message.note().orElse(null));
        }
    }

    private final PlanOverviews plans;
    private final ClientContacts clients;
    private final LocationScope scope;
    private final PhiAudit audit;

    AftercareController(PlanOverviews plans, ClientContacts clients, LocationScope scope, PhiAudit audit) {
        this.plans = plans;
        this.clients = clients;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * The plans of a registered client, newest first and a page of plans at a time (ADR 0037), with every step,
     * SKIPPED ones too; 404 for a client never registered. A plan tells whether a healing concern holds its
     * milestones: each plan handed out is a read in the PHI audit (ADR 0039).
     */
    @GetMapping("/api/v1/clients/{id}/aftercare")
    List<PlanView> aftercare(@PathVariable UUID id, @Valid PageQuery paging,
            @RequestHeader(name = PhiAudit.PURPOSE_HEADER, defaultValue = "aftercare overview") String purpose) {
        ClientId clientId = new ClientId(id);
        clients.requireVisible(clientId, scope);
        return plans.of(clientId, paging.page()).stream()
                .peek(plan -> audit.record(clientId, PhiAudit.RecordType.PLAN, plan.sessionId().value(),
                        PhiAudit.Action.READ, purpose))
                .map(PlanView::of).toList();
    }
}
