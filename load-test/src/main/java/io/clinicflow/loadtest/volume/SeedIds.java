package io.clinicflow.loadtest.volume;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Ids drawn from the seed, a kind and a position: a run with the same seed writes the same ids, and each database
 * finds a booking, client or event under the id another database gave it, without a map of millions held in memory.
 * Random-looking version 4 UUIDs, as the services make them, so indexes fill as they do in production.
 */
final class SeedIds {

    enum Kind { LOCATION, PRACTITIONER, CLIENT, COURSE, BOOKING, IDEMPOTENCY_KEY, DECLARATION, SCREENING, EVENT, KEY }

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;

    SeedIds(long seed) {
        this.seed = seed;
    }

    /** The id of the {@code index}-th thing of its kind at a location. */
    UUID of(Kind kind, int location, long index) {
        SplittableRandom random = new SplittableRandom(seed ^ (kind.ordinal() + 1) * GOLDEN_GAMMA
                ^ ((long) location << 40) ^ index);
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** {@code length} bytes drawn from {@code draws}: keys and payloads, repeatable. */
    static byte[] bytes(SplittableRandom draws, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) draws.nextInt(256);
        }
        return bytes;
    }

    /** A random draw of its own for each location, so locations can be written in any order. */
    SplittableRandom draws(Kind kind, int location) {
        return new SplittableRandom(seed * 31 + (long) kind.ordinal() * GOLDEN_GAMMA + location);
    }
}
