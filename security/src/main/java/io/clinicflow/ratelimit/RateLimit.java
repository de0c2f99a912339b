package io.clinicflow.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests one caller may send (ADR 0041): {@code perMinute} on average, up to {@code burst} at once after
 * a quiet spell. The defaults are far above what a person at a front desk or a treatment room sends, and above the
 * local stack's demo traffic, which sends every simulated client's requests with one token.
 */
@ConfigurationProperties("clinicflow.rate-limit")
public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("600") int perMinute,
                        @DefaultValue("200") int burst) {

    public RateLimit {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("clinicflow.rate-limit.per-minute and .burst must be at least 1");
        }
    }
}
