package io.clinicflow.e2e.edge;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The ids a generated request names: mostly records of the caller's own location (so that requests reach the code
 * behind the "unknown id" check), some of the other location's, the rest unknown to every service.
 */
record KnownIds(List<String> own, List<String> other) {

    KnownIds {
        own = List.copyOf(own);
        other = List.copyOf(other);
    }

    /** The ids as a token of the other location sees them: that location's own records are no hostile target. */
    KnownIds withoutOther() {
        return new KnownIds(own, List.of());
    }

    String pick(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return own.get(random.nextInt(own.size()));
        }
        if (roll < 60 && !other.isEmpty()) {
            return other.get(random.nextInt(other.size()));
        }
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
