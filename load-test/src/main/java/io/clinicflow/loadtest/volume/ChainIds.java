package io.clinicflow.loadtest.volume;

import java.util.UUID;

/**
 * The ids of a seeded chain, each a function of the seed, what it names and its number: the same seed names the same
 * clients, bookings and events in every run, and nothing has to be remembered to name it again.
 */
final class ChainIds {

    /** What an id names; a journey's booking, course and screening are numbered by the journey. */
    enum Named { LOCATION, PRACTITIONER, CLIENT, BOOKING, COURSE, SCREENING, MESSAGE, EVENT }

    private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

    private final long seed;

    ChainIds(long seed) {
        this.seed = seed;
    }

    /** The id of a journey's aftercare message of step number {@code step}. */
    UUID message(long journey, int step) {
        return of(Named.MESSAGE, journey << 4 | step);
    }

    /** The id of a journey's {@code ordinal}-th event. */
    UUID event(long journey, int ordinal) {
        return of(Named.EVENT, journey << 5 | ordinal);
    }

    /**
     * The id of the {@code number}-th thing of a kind (a location, a client, a journey's booking): a version-4
     * (random) UUID as the services make them, its random bits drawn from seed, kind and number.
     */
    UUID of(Named kind, long number) {
        long base = seed ^ (kind.ordinal() + 1L) * GOLDEN_GAMMA;
        long high = mix(base + number * GOLDEN_GAMMA);
        long low = mix(high ^ base + (number + 1) * GOLDEN_GAMMA);
        return new UUID(high & ~0xF000L | 0x4000L, low & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L);
    }

    /** Stafford's variant 13 of MurmurHash3's finaliser, as {@code SplittableRandom} mixes. */
    static long mix(long z) {
        z = (z ^ z >>> 30) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ z >>> 27) * 0x94D0_49BB_1331_11EBL;
        return z ^ z >>> 31;
    }
}
