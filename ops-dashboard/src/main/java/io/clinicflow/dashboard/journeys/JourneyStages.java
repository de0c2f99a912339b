package io.clinicflow.dashboard.journeys;

import java.util.List;
import java.util.Set;

/**
 * What a snapshot keeps of one journey: the stages and kinds it already counted, so that it never counts them
 * again after a restart. Its events are not kept: the drill-down shows those still among the latest events.
 */
public record JourneyStages(String correlationId, Set<FunnelStage> stages, List<FunnelMark> marks) {
    public JourneyStages {
        stages = Set.copyOf(stages);
        marks = List.copyOf(marks);
    }
}
