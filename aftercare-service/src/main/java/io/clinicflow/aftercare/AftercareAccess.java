package io.clinicflow.aftercare;

import io.clinicflow.security.AccessRules;
import io.clinicflow.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.clinicflow.security.AccessRule.get;
import static io.clinicflow.security.AccessRule.post;
import static io.clinicflow.security.StaffRole.OPS;
import static io.clinicflow.security.StaffRole.PRACTITIONER;

/**
 * Who may call which aftercare endpoint (ADR 0023): practitioners record healing check-ins and resolve concerns,
 * every role reads plans and milestones, operations read the PHI audit log (ADR 0039). Records are further scoped to the token's locations (ADR 0024).
 */
@Configuration(proxyBeanMethods = false)
class AftercareAccess {

    @Bean
    AccessRules aftercareAccessRules() {
        return AccessRules.of(
                post("/api/v1/sessions/*/check-ins", PRACTITIONER),
                post("/api/v1/concerns/*/resolve", PRACTITIONER),
                get("/api/v1/audit", StaffRole.of(OPS)),
                get("/api/v1/**", StaffRole.ALL));
    }
}
