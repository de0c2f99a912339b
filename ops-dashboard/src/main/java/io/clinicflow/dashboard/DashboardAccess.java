package io.clinicflow.dashboard;

import io.clinicflow.security.AccessRules;
import io.clinicflow.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.clinicflow.security.AccessRule.get;
import static io.clinicflow.security.AccessRule.open;
import static io.clinicflow.security.AccessRule.post;
import static io.clinicflow.security.StaffRole.OPS;

/**
 * The dashboard is operations' (ADR 0023): its API and live stream need an OPS token, and so does releasing a parked
 * event (which the owning service checks again); the page, its script and style sheet load without one, and the
 * page then sends the token it was opened with.
 */
@Configuration(proxyBeanMethods = false)
class DashboardAccess {

    @Bean
    AccessRules dashboardAccessRules() {
        return AccessRules.of(
                open("/"), open("/index.html"), open("/dashboard.js"), open("/dashboard.css"), open("/favicon.ico"),
                get("/api/v1/**", StaffRole.of(OPS)), post("/api/v1/parked/*/*/release", OPS));
    }
}
