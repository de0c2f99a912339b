package io.clinicflow.e2e.edge;

import java.util.SplittableRandom;

/** Changes a valid draft into a hostile one; false when the draft has nothing it could change (no such field). */
@FunctionalInterface
interface Mutation {

    boolean apply(Draft draft, SplittableRandom random, int size);

    /**
     * {@code full} scaled by the case's size in percent: shrinking lowers the size to find the smallest value that
     * still fails.
     */
    static int scaled(int full, int size) {
        return Math.max(1, (int) ((long) full * size / 100));
    }

    static <T> T oneOf(java.util.List<T> choices, SplittableRandom random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
