package io.clinicflow.aftercare.templates;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the template sets at startup: a missing or broken template stops the service before it sends anything. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TemplateSettings.class)
class TemplatesConfiguration {

    @Bean
    AftercareTemplates aftercareTemplates(TemplateSettings settings) {
        return AftercareTemplates.load(AftercareTemplates.ROOT, settings);
    }
}
