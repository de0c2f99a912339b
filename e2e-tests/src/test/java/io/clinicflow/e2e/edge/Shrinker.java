package io.clinicflow.e2e.edge;

import io.clinicflow.e2e.edge.EdgeRun.Trial;
import io.clinicflow.e2e.edge.SchemaExamples.Fill;

import java.util.Optional;

/**
 * Makes a failing case as small as it can while it fails the same way (same operation, input, property and
 * status): first the valid part down to the required fields, then the hostile value down to the smallest size.
 */
final class Shrinker {

    private final EdgeRun run;

    Shrinker(EdgeRun run) {
        this.run = run;
    }

    /** The smallest failing case found, and whether the original failed again when sent once more. */
    record Shrunk(Trial smallest, boolean reproduced) {
    }

    Shrunk shrink(Trial failing) {
        String signature = failing.signature();
        boolean reproduced = fails(failing.recipe(), signature).isPresent();
        Trial smallest = fails(failing.recipe().smaller(failing.recipe().size(), Fill.MINIMAL), signature)
                .orElse(failing);
        int passing = 0;
        while (smallest.recipe().size() - passing > 1) {
            int size = (passing + smallest.recipe().size()) / 2;
            Optional<Trial> smaller = fails(smallest.recipe().smaller(size, smallest.recipe().fill()), signature);
            if (smaller.isPresent()) {
                smallest = smaller.get();
            } else {
                passing = size;
            }
        }
        return new Shrunk(smallest, reproduced);
    }

    private Optional<Trial> fails(Recipe recipe, String signature) {
        return run.attempt(recipe).filter(trial -> trial.signature().equals(signature));
    }
}
