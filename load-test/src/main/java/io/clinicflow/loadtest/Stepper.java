package io.clinicflow.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Raises the offered rate step by step until a step is not sustainable; the last one that was is the maximum. */
final class Stepper {

    record Outcome(List<RunResult> steps, double maxSustainable) {
    }

    private Stepper() {
    }

    static Outcome search(LoadRun load, EventTap tap, List<Double> rates, Duration step, Report report)
            throws InterruptedException {
        List<RunResult> steps = new ArrayList<>();
        double maxSustainable = 0;
        for (double rate : rates) {
            RunResult result = load.run(rate, step, tap, new Measurements());
            steps.add(result);
            report.run(result);
            if (!result.sustainable()) {
                break;
            }
            maxSustainable = rate;
        }
        return new Outcome(steps, maxSustainable);
    }
}
