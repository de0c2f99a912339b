package io.clinicflow.loadtest.volume;

/** One measure taken once: its value in {@code unit}, and the goal its change with volume is held to. */
public record Reading(String measure, double value, String unit, Goal goal) {

    /** A latency percentile in milliseconds, held to the ratio goal. */
    public static Reading latency(String measure, double millis) {
        return new Reading(measure, millis, "ms", Goal.RATIO);
    }
}
