package io.clinicflow.dashboard.journeys;

/**
 * An event moved its journey to a funnel stage; {@code kind} breaks the stage down (the screening outcome, the
 * healing milestone), null where the stage has no breakdown. Outcomes and milestones are only ever counted.
 */
public record FunnelMark(FunnelStage stage, String kind) {

    public static FunnelMark of(FunnelStage stage) {
        return new FunnelMark(stage, null);
    }
}
