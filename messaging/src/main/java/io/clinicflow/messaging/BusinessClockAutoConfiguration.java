package io.clinicflow.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The clock the clinic's rules read ({@code clinicflow.clock.speed} runs it faster), unless a test brings its own. */
@AutoConfiguration
public class BusinessClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    BusinessClock businessClock(@Value("${clinicflow.clock.speed:1}") double speed) {
        return BusinessClock.accelerated(speed);
    }
}
