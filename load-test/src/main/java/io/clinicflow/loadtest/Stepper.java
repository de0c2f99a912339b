package io.clinicflow.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Raises the offered rate step by step until a step is not sustainable (or through every rate, {@code allSteps});
 * the maximum is the highest step that was sustainable with every step below it.
 */
final class Stepper {

    /** The steps run (one, for a single load run) and the highest sustainable rate, 0 when none was. */
    record Outcome(List<RunResult> steps, double maxSustainable) {

        /** The step at the maximum sustainable rate, or the first step when none was sustainable. */
        RunResult atMax() {
            return steps.stream().filter(step -> step.offeredRate() == maxSustainable).findFirst()
                    .orElse(steps.getFirst());
        }

        /** The step nearest half the maximum (not above it): where the latency targets are read. */
        RunResult atHalfMax() {
            return steps.stream().filter(step -> step.offeredRate() <= maxSustainable || maxSustainable == 0)
                    .min(Comparator.comparingDouble(step -> Math.abs(step.offeredRate() - maxSustainable / 2)))
                    .orElse(steps.getFirst());
        }
    }

    private Stepper() {
    }

    static Outcome search(LoadRun load, EventTap tap, List<Double> rates, Duration step, boolean allSteps,
                          Report report) throws InterruptedException {
        List<RunResult> steps = new ArrayList<>();
        double maxSustainable = 0;
        boolean allSustainable = true;
        for (double rate : rates) {
            RunResult result = load.run(rate, step, tap, new Measurements());
            steps.add(result);
            report.run(result);
            allSustainable &= result.sustainable();
            if (allSustainable) {
                maxSustainable = rate;
            } else if (!allSteps) {
                break;
            }
        }
        return new Outcome(steps, maxSustainable);
    }
}
