package io.clinicflow.dashboard.journeys;

/** Published (in this application) after the projection took in a new event. */
public record JourneyAdvanced(JourneyEvent event) {
}
