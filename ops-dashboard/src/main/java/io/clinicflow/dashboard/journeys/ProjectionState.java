package io.clinicflow.dashboard.journeys;

import java.util.List;
import java.util.Map;

/**
 * The journey projection as a snapshot keeps it (ADR 0061): the funnels, the latest events (newest first) and the
 * remembered journeys' stages (the one quiet longest first, the order in which they are forgotten).
 */
public record ProjectionState(FunnelTally overall, Map<String, FunnelTally> byLocation, List<JourneyEvent> latestEvents,
                              List<JourneyStages> journeys) {
    public ProjectionState {
        byLocation = Map.copyOf(byLocation);
        latestEvents = List.copyOf(latestEvents);
        journeys = List.copyOf(journeys);
    }
}
