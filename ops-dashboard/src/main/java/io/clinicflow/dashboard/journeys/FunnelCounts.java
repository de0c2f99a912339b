package io.clinicflow.dashboard.journeys;

import java.util.Map;

/** Journeys that reached each stage; a breakdown counts the journeys that reached each outcome or milestone. */
public record FunnelCounts(long booked, Breakdown screened, long confirmed, long completed, long aftercareSent,
                           Breakdown milestones, long offered, long accepted) {

    /** {@code total} journeys reached the stage; {@code by} kind (one journey can reach several kinds). */
    public record Breakdown(long total, Map<String, Long> by) {
        public Breakdown {
            by = Map.copyOf(by);
        }
    }
}
