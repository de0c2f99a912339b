package io.clinicflow.localstack;

import io.clinicflow.ratelimit.CallerQuotas;
import io.clinicflow.ratelimit.RateLimit;
import io.clinicflow.testkit.ClinicInfrastructure;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * How many tokens one address may ask the control API for (ADR 0041): {@code clinicflow.rate-limit.enabled} (the
 * services' switch too), {@code clinicflow.rate-limit.tokens-per-minute} and {@code .token-burst}, as system
 * properties. A person signing in asks for a token an hour; a script asking for thousands is stopped.
 */
final class TokenQuota {

    static final String ENABLED = ClinicInfrastructure.RATE_LIMIT_ENABLED;
    static final String PER_MINUTE = "clinicflow.rate-limit.tokens-per-minute";
    static final String BURST = "clinicflow.rate-limit.token-burst";

    private final CallerQuotas quotas;

    private TokenQuota(CallerQuotas quotas) {
        this.quotas = quotas;
    }

    /** On unless {@code clinicflow.rate-limit.enabled=false}: 60 tokens a minute, 20 at once, per address. */
    static TokenQuota fromSystemProperties() {
        return of(new RateLimit(Boolean.parseBoolean(System.getProperty(ENABLED, "true")),
                Integer.getInteger(PER_MINUTE, 60), Integer.getInteger(BURST, 20)));
    }

    static TokenQuota of(RateLimit limit) {
        return new TokenQuota(limit.enabled() ? new CallerQuotas(limit) : null);
    }

    /** Zero when the address may have a token now, else how long until it may. */
    Duration take(InetSocketAddress caller) {
        return quotas == null ? Duration.ZERO : quotas.take(caller.getAddress().getHostAddress());
    }
}
