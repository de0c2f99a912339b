package io.clinicflow.dashboard.journeys;

import java.util.Map;

/** The funnel of the whole chain and of each location (by locationId). */
public record FunnelView(FunnelCounts overall, Map<String, FunnelCounts> byLocation) {
    public FunnelView {
        byLocation = Map.copyOf(byLocation);
    }
}
