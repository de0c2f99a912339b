package io.clinicflow.dashboard.journeys;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Running counts of one funnel (the chain's or one location's). Not thread-safe: the projection guards it. */
final class Funnel {

    private final Map<FunnelStage, Long> journeys = new EnumMap<>(FunnelStage.class);
    private final Map<FunnelStage, Map<String, Long>> byKind = new EnumMap<>(FunnelStage.class);

    Funnel() {
    }

    /** The funnel a snapshot kept (ADR 0061). */
    Funnel(FunnelTally tally) {
        journeys.putAll(tally.journeys());
        tally.byKind().forEach((stage, kinds) -> byKind.put(stage, new TreeMap<>(kinds)));
    }

    void count(Journey.Progress progress) {
        FunnelMark mark = progress.mark();
        if (progress.firstOfStage()) {
            journeys.merge(mark.stage(), 1L, Long::sum);
        }
        if (progress.firstOfKind() && mark.kind() != null) {
            byKind.computeIfAbsent(mark.stage(), stage -> new TreeMap<>()).merge(mark.kind(), 1L, Long::sum);
        }
    }

    FunnelTally tally() {
        return new FunnelTally(journeys, byKind);
    }

    FunnelCounts counts() {
        return new FunnelCounts(reached(FunnelStage.BOOKED), breakdown(FunnelStage.SCREENED),
                reached(FunnelStage.CONFIRMED), reached(FunnelStage.COMPLETED), reached(FunnelStage.AFTERCARE_SENT),
                breakdown(FunnelStage.MILESTONE_REACHED), reached(FunnelStage.OFFERED), reached(FunnelStage.ACCEPTED));
    }

    private long reached(FunnelStage stage) {
        return journeys.getOrDefault(stage, 0L);
    }

    private FunnelCounts.Breakdown breakdown(FunnelStage stage) {
        return new FunnelCounts.Breakdown(reached(stage), byKind.getOrDefault(stage, Map.of()));
    }
}
