package io.clinicflow.dashboard.journeys;

/** The steps of a client's journey the funnel counts, in journey order (DESIGN §4). */
public enum FunnelStage {
    BOOKED, SCREENED, CONFIRMED, COMPLETED, AFTERCARE_SENT, MILESTONE_REACHED, OFFERED, ACCEPTED
}
