package io.clinicflow.loadtest.volume;

/** What issue 19 holds a measure to at one year of history. */
public enum Goal {

    /** At most 1.5 times its value on the empty system: cost stays flat as the work grows. */
    RATIO,
    /** Ready within 30 s at one year, whatever it took empty (the ops dashboard's start). */
    READY_IN_30_S,
    /** Shown, not judged: the issue asks the dashboard's heap to be bounded and names no number. */
    NONE;

    static final double MAX_RATIO = 1.5;
    static final double MAX_READY_SECONDS = 30;

    /** Whether the measure meets the goal; {@link #NONE} meets none, so the table never claims it. */
    boolean met(double empty, double atVolume) {
        return switch (this) {
            case RATIO -> ratio(empty, atVolume) <= MAX_RATIO;
            case READY_IN_30_S -> atVolume <= MAX_READY_SECONDS;
            case NONE -> false;
        };
    }

    String text() {
        return switch (this) {
            case RATIO -> "ratio ≤ " + MAX_RATIO;
            case READY_IN_30_S -> "≤ " + (int) MAX_READY_SECONDS + " s at one year";
            case NONE -> "–";
        };
    }

    /** At volume over empty; a measure that took nothing empty and something at volume grew without bound. */
    static double ratio(double empty, double atVolume) {
        if (empty > 0) {
            return atVolume / empty;
        }
        return atVolume > 0 ? Double.POSITIVE_INFINITY : 1;
    }
}
