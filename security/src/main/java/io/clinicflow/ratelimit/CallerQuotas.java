package io.clinicflow.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/**
 * One Bucket4j token bucket per caller, in memory: each instance of a service counts its own callers. A bucket that
 * has not been used for as long as it takes to fill up again is forgotten, which changes nothing for its caller.
 */
public final class CallerQuotas {

    /** More callers than a chain's staff and the clients' devices behind a few addresses. */
    private static final long MOST_CALLERS = 100_000;

    private final RateLimit limit;
    private final Cache<String, Bucket> buckets;

    public CallerQuotas(RateLimit limit) {
        this.limit = limit;
        Duration refill = Duration.ofMinutes(1).multipliedBy(limit.burst()).dividedBy(limit.perMinute());
        this.buckets = Caffeine.newBuilder().maximumSize(MOST_CALLERS)
                .expireAfterAccess(refill.plusSeconds(1)).build();
    }

    /** Takes one request from the caller's quota: zero when it may go ahead, else how long until it may. */
    public Duration take(String caller) {
        ConsumptionProbe probe = buckets.get(caller, this::newBucket).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private Bucket newBucket(String caller) {
        return Bucket.builder().addLimit(bandwidth -> bandwidth.capacity(limit.burst())
                .refillGreedy(limit.perMinute(), Duration.ofMinutes(1))).build();
    }
}
