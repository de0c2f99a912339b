package io.clinicflow.dashboard.outbox;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClientException;

import java.util.List;
import java.util.UUID;

/** The parked-events panel: every service's parked events and pipeline status, and release at the owning service. */
@RestController
class ParkedEventsController {

    private final ServiceOutboxes outboxes;

    ParkedEventsController(ServiceOutboxes outboxes) {
        this.outboxes = outboxes;
    }

    @GetMapping("/api/v1/parked")
    List<ServiceOutbox> parked(@AuthenticationPrincipal Jwt viewer) {
        return outboxes.look(viewer.getTokenValue());
    }

    /** Answers as the owning service did: 204 released, 404 not parked there (any more), 401/403 not allowed. */
    @PostMapping("/api/v1/parked/{service}/{eventId}/release")
    ResponseEntity<?> release(@PathVariable String service, @PathVariable UUID eventId,
                              @AuthenticationPrincipal Jwt viewer) {
        HttpStatusCode answer;
        try {
            answer = outboxes.release(service, eventId, viewer.getTokenValue());
        } catch (RestClientException e) {
            return problem(HttpStatus.BAD_GATEWAY, "%s did not answer the release of %s".formatted(service, eventId));
        }
        return answer.is2xxSuccessful() ? ResponseEntity.noContent().build()
                : problem(answer, "%s answered %d to the release of %s".formatted(service, answer.value(), eventId));
    }

    private static ResponseEntity<?> problem(HttpStatusCode status, String detail) {
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, detail)).build();
    }
}
