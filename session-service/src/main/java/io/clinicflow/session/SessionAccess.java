package io.clinicflow.session;

import io.clinicflow.security.AccessRules;
import io.clinicflow.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.clinicflow.security.AccessRule.get;
import static io.clinicflow.security.AccessRule.post;
import static io.clinicflow.security.StaffRole.INTEGRATION;
import static io.clinicflow.security.StaffRole.OPS;
import static io.clinicflow.security.StaffRole.PRACTITIONER;

/**
 * Who may call which session endpoint (ADR 0023): health data is written by practitioners and read by
 * practitioners and integrations, never by the front desk or operations; operations read the PHI audit log
 * (ADR 0025). Records are further scoped to the token's locations (ADR 0024).
 */
@Configuration(proxyBeanMethods = false)
class SessionAccess {

    @Bean
    AccessRules sessionAccessRules() {
        return AccessRules.of(
                post("/api/v1/clients/*/health-declarations", PRACTITIONER),
                post("/api/v1/screenings/*/review", PRACTITIONER),
                post("/api/v1/sessions/*/check-in", PRACTITIONER),
                post("/api/v1/sessions/*/complete", PRACTITIONER),
                post("/api/v1/sessions/*/abandon", PRACTITIONER),
                get("/api/v1/audit", StaffRole.of(OPS)),
                get("/api/v1/screening-questionnaire", StaffRole.ALL),
                get("/api/v1/**", StaffRole.of(PRACTITIONER, INTEGRATION)));
    }
}
