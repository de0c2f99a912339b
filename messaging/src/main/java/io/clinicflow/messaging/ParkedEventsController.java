package io.clinicflow.messaging;

import io.clinicflow.kernel.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Operations' view of parked outbox rows (any service; OPS): list them, release one after the fix. */
@RestController
public class ParkedEventsController {

    private final ParkedEvents parked;

    public ParkedEventsController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping("/api/v1/admin/outbox/parked")
    List<ParkedEvents.Parked> parked() {
        return parked.list();
    }

    @PostMapping("/api/v1/admin/outbox/parked/{eventId}/release")
    ResponseEntity<Void> release(@PathVariable UUID eventId) {
        if (!parked.release(eventId)) {
            throw new NotFoundException("parked event", eventId);
        }
        return ResponseEntity.noContent().build();
    }
}
