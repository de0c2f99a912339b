package io.clinicflow.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every REST endpoint of a ClinicFlow service needs an RS256 JWT from the chain's issuer (ADR 0023): the decoder is
 * Boot's ({@code spring.security.oauth2.resourceserver.jwt.public-key-location} or {@code jwk-set-uri}, audience
 * {@code clinicflow}) plus the issuer check ({@code clinicflow.security.issuer}), the
 * {@code roles} claim becomes {@link StaffRole} authorities, the {@code locations} claim scopes reads and writes
 * ({@link LocationScope}). Health, info, metrics and API docs stay open; the service's {@link AccessRules} say who
 * may call what; everything else is refused.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class ClinicSecurityAutoConfiguration {

    static final String ROLES_CLAIM = "roles";
    private static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    SecurityFilterChain clinicSecurity(HttpSecurity http, ObjectProvider<AccessRules> services,
                                       @Value("${clinicflow.security.token-query-parameter:false}") boolean query)
            throws Exception {
        ProblemResponses problems = new ProblemResponses();
        DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
        tokens.setAllowUriQueryParameter(query);
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                    requests.requestMatchers(OPEN).permitAll();
                    requests.requestMatchers("/api/v1/admin/**").access(LocationScope.chainWideOperations());
                    services.orderedStream().flatMap(service -> service.rules().stream()).forEach(rule -> {
                        var matched = requests.requestMatchers(rule.method(), rule.pattern());
                        if (rule.roles().isEmpty()) {
                            matched.permitAll();
                        } else {
                            matched.hasAnyRole(StaffRole.names(rule.roles()));
                        }
                    });
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server.bearerTokenResolver(tokens)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(staffAuthorities()))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    private static JwtAuthenticationConverter staffAuthorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /** Boot's decoder checks signature, expiry and audience; this adds the issuer, which it checks only for JWK sets. */
    @Bean
    OAuth2TokenValidator<Jwt> chainIssuer(@Value("${clinicflow.security.issuer}") String issuer) {
        return new JwtIssuerValidator(issuer);
    }

    @Bean
    LocationScope locationScope() {
        return new LocationScope();
    }
}
