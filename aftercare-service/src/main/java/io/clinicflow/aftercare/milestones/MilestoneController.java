package io.clinicflow.aftercare.milestones;

import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.security.LocationScope;
import io.clinicflow.web.PageQuery;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@RestController
class MilestoneController {

    record MilestoneView(HealingMilestone milestone, UUID sessionId, OffsetDateTime reachedAt) {
        static MilestoneView of(ReachedMilestone reached) {
            return new MilestoneView(reached.milestone(), reached.sessionId().value(),
                    reached.reachedAt().toOffsetDateTime());
        }
    }

    private final HealingMilestones milestones;
    private final ClientContacts clients;
    private final LocationScope scope;

    MilestoneController(HealingMilestones milestones, ClientContacts clients, LocationScope scope) {
        this.milestones = milestones;
        this.clients = clients;
        this.scope = scope;
    }

    /** Reached milestones only, earliest first, a page at a time (ADR 0037); what is still due shows as plan steps. */
    @GetMapping("/api/v1/clients/{id}/milestones")
    List<MilestoneView> milestones(@PathVariable UUID id, @Valid PageQuery paging) {
        clients.requireVisible(new ClientId(id), scope);
        return milestones.reachedBy(new ClientId(id), paging.page()).stream().map(MilestoneView::of).toList();
    }
}
