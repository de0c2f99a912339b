package io.clinicflow.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests refused before a controller reads them answer problem details too (issue 23, ADR 0040): Tomcat's own
 * refusals and Spring Boot's error page. Before Boot's error configuration, whose error controller backs off for ours.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebEdgeAutoConfiguration {

    @Bean
    ErrorsAsProblems errorsAsProblems() {
        return new ErrorsAsProblems();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class OnTomcat {
        @Bean
        TomcatRefusals tomcatRefusals() {
            return new TomcatRefusals();
        }
    }
}
