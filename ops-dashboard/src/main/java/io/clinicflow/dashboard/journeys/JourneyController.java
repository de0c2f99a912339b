package io.clinicflow.dashboard.journeys;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** One client's journey, for the drill-down of the page. */
@RestController
class JourneyController {

    /** The journey's events in the order they occurred. */
    record JourneyView(String correlationId, List<JourneyEvent> events) {
    }

    private final JourneyProjection journeys;

    JourneyController(JourneyProjection journeys) {
        this.journeys = journeys;
    }

    @GetMapping("/api/v1/journeys/{correlationId}")
    ResponseEntity<JourneyView> journey(@PathVariable String correlationId) {
        return journeys.journey(correlationId)
                .map(events -> ResponseEntity.ok(new JourneyView(correlationId, events)))
                .orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "No journey " + correlationId + " among the last " + JourneyProjection.JOURNEYS)).build());
    }
}
