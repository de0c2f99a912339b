package io.clinicflow.ratelimit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Each caller's quota of changes (ADR 0041), on unless {@code clinicflow.rate-limit.enabled=false}: the test
 * infrastructure, the fault tests and the load test turn it off, as they send bursts no person sends.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "clinicflow.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(RateLimit.class)
public class RateLimitAutoConfiguration {

    /** Right after Spring Security's filters, which know the caller by then. */
    @Bean
    FilterRegistrationBean<WriteRateLimit> writeRateLimit(RateLimit limit) {
        FilterRegistrationBean<WriteRateLimit> filter =
                new FilterRegistrationBean<>(new WriteRateLimit(new CallerQuotas(limit)));
        filter.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return filter;
    }
}
