package io.clinicflow.session.screening;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Binds {@code clinicflow.screening.*} (session-service.yml ships DESIGN §5's defaults) into the rule set in force. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    static final String PREFIX = "clinicflow.screening";

    @Bean
    ScreeningRuleSet screeningRuleSet(Environment environment) {
        return ScreeningRuleSet.of(Binder.get(environment).bind(PREFIX, ScreeningParameters.class)
                .orElseThrow(() -> new IllegalStateException(PREFIX + ".* is not configured")));
    }
}
