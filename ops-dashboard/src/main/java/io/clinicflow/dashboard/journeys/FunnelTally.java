package io.clinicflow.dashboard.journeys;

import java.util.Map;
import java.util.stream.Collectors;

/** A funnel's running counts as a snapshot keeps them: journeys per stage, and per stage the journeys per kind. */
public record FunnelTally(Map<FunnelStage, Long> journeys, Map<FunnelStage, Map<String, Long>> byKind) {
    public FunnelTally {
        journeys = Map.copyOf(journeys);
        byKind = byKind.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                stage -> Map.copyOf(stage.getValue())));
    }
}
