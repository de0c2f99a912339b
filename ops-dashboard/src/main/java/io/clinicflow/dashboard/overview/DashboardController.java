package io.clinicflow.dashboard.overview;

import io.clinicflow.dashboard.deadletters.DeadLetter;
import io.clinicflow.dashboard.deadletters.DeadLetterList;
import io.clinicflow.dashboard.journeys.FunnelView;
import io.clinicflow.dashboard.journeys.JourneyEvent;
import io.clinicflow.dashboard.journeys.JourneyProjection;
import io.clinicflow.dashboard.lag.ConsumerLag;
import io.clinicflow.dashboard.lag.GroupLag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Everything the page shows, in one snapshot; the page then follows {@code /api/v1/stream}. */
@RestController
class DashboardController {

    /** Latest events and dead letters newest first. */
    record DashboardSnapshot(FunnelView funnel, List<JourneyEvent> latestEvents, List<DeadLetter> deadLetters,
                             List<GroupLag> lag) {
    }

    private final JourneyProjection journeys;
    private final DeadLetterList deadLetters;
    private final ConsumerLag consumerLag;

    DashboardController(JourneyProjection journeys, DeadLetterList deadLetters, ConsumerLag consumerLag) {
        this.journeys = journeys;
        this.deadLetters = deadLetters;
        this.consumerLag = consumerLag;
    }

    @GetMapping("/api/v1/dashboard")
    DashboardSnapshot snapshot() {
        return new DashboardSnapshot(journeys.funnel(), journeys.latestEvents(), deadLetters.latest(), consumerLag.latest());
    }
}
