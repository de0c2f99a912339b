package io.clinicflow.e2e.edge;

import java.util.SplittableRandom;

/**
 * The seed of one fuzzing run: {@code -Dclinicflow.fuzz.seed=N}, else a random one. It is printed before the first
 * case, so that any run, a failing one above all, can be repeated case for case.
 */
record FuzzSeed(long value) {

    static final String PROPERTY = "clinicflow.fuzz.seed";

    static FuzzSeed announced(String fuzzer) {
        String given = System.getProperty(PROPERTY, "");
        long seed = given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
        System.out.printf("%s: seed %d (repeat with -D%s=%d)%n", fuzzer, seed, PROPERTY, seed);
        return new FuzzSeed(seed);
    }

    /**
     * The random source of one part of one case. Each part (which operation, the valid values, the mutation) draws
     * from its own stream, so that shrinking one part leaves the others as they were.
     */
    SplittableRandom random(int caseNumber, Stream part) {
        return new SplittableRandom(value ^ (caseNumber * 0x9E3779B97F4A7C15L)
                ^ (part.ordinal() * 0xC2B2AE3D27D4EB4FL));
    }

    /** The independent parts of a generated case. */
    enum Stream { CHOICE, VALUES, MUTATION }
}
