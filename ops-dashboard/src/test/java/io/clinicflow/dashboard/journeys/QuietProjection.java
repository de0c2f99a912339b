package io.clinicflow.dashboard.journeys;

/** A journey projection outside Spring that tells no live page: for tests of other packages. */
public final class QuietProjection {

    private QuietProjection() {
    }

    public static JourneyProjection create() {
        return new JourneyProjection(event -> {
        });
    }
}
