package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.Page;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

@RestController
class AftercareController {

    record PlanView(UUID sessionId, OffsetDateTime startedAt, List<MessageView> messages) {
        static PlanView of(StartedPlan plan) {
            return new PlanView(plan.sessionId(), plan.startedAt().toOffsetDateTime(),
                    plan.messages().stream().map(MessageView::of).toList());
        }
    }

    /**
     * A message, or a milestone step still due ({@code channel} null); {@code note} says why a SKIPPED message stays
     * unsent (no consent, no SMS gateway), why a FAILED one failed, or that a milestone is held by a concern.
     */
    record MessageView(AftercareStep step, Channel channel, OffsetDateTime scheduledFor, OffsetDateTime sentAt,
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

    AftercareController(PlanOverviews plans, ClientContacts clients, LocationScope scope) {
        this.plans = plans;
        this.clients = clients;
        this.scope = scope;
    }

    /**
     * The plans of a registered client, newest first and a page of plans at a time (ADR 0037), with every step,
     * SKIPPED ones too; 404 for a client never registered.
     */
    @GetMapping("/api/v1/clients/{id}/aftercare")
    List<PlanView> aftercare(@PathVariable UUID id, @Valid Page page) {
        clients.requireVisible(id, scope);
        return plans.of(id, page).stream().map(PlanView::of).toList();
    }
}
