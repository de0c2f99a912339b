package io.clinicflow.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What every service's REST API shares: its refusals as RFC 9457 problem details ({@link ApiErrors}), the longest
 * address and the largest request body it reads, and the text limits in its OpenAPI document.
 */
@AutoConfiguration
public class RestApiAutoConfiguration {

    /**
     * The largest request body a service reads (issue 23, ADR 0037): a clinic's requests are about 1 KB; the largest
     * the field limits allow (a completion with every note at its limit, every character escaped) stays under 50 KB.
     */
    static final int MAX_REQUEST_BYTES = 64 * 1024;

    /** The longest address a service takes (ADR 0059): a clinic's longest, a list with every filter, is under 300. */
    static final int MAX_URL_CHARS = 8 * 1024;

    @Bean
    ApiErrors apiErrors() {
        return new ApiErrors();
    }

    /** After the HTTP observation, so a 413 still counts in http_server_requests; before security (-100). */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${clinicflow.web.max-request-bytes:" + MAX_REQUEST_BYTES + "}") int maxBytes) {
        FilterRegistrationBean<RequestBodyLimit> limit = new FilterRegistrationBean<>(new RequestBodyLimit(maxBytes));
        limit.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return limit;
    }

    /** Right after the HTTP observation, as the body limit: an address too long is refused before the body is weighed. */
    @Bean
    FilterRegistrationBean<UrlLengthLimit> urlLengthLimit(
            @Value("${clinicflow.web.max-url-chars:" + MAX_URL_CHARS + "}") int maxChars) {
        FilterRegistrationBean<UrlLengthLimit> limit = new FilterRegistrationBean<>(new UrlLengthLimit(maxChars));
        limit.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return limit;
    }

    /** The text limits in the OpenAPI document, where a service serves one (the ops dashboard does not). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.PropertyCustomizer")
    static class TextLimitsDocumented {
        @Bean
        TextLimitsInOpenApi textLimitsInOpenApi() {
            return new TextLimitsInOpenApi();
        }
    }
}
