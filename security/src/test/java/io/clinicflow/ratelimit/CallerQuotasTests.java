package io.clinicflow.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CallerQuotasTests {

    @Test
    void letsACallerBurstThenTellsItHowLongToWaitForTheNextToken() {
        CallerQuotas quotas = new CallerQuotas(new RateLimit(true, 6, 2));

        assertThat(quotas.take("ada")).isZero();
        assertThat(quotas.take("ada")).isZero();
        assertThat(quotas.take("ada")).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(quotas.take("grace")).as("a quota of her own").isZero();
    }

    @Test
    void asksToRetryInWholeSecondsRoundedUpAndNeverAtOnce() {
        assertThat(new TooManyRequests(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new TooManyRequests(Duration.ofMillis(59_200)).retryAfterSeconds()).isEqualTo(60);
        assertThat(new TooManyRequests(Duration.ofSeconds(3)).detail("changes"))
                .isEqualTo("You sent more changes than one person sends in a short time; try again in 3 s");
    }
}
