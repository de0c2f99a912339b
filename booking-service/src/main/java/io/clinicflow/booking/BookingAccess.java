package io.clinicflow.booking;

import io.clinicflow.security.AccessRules;
import io.clinicflow.security.StaffRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.clinicflow.security.AccessRule.get;
import static io.clinicflow.security.AccessRule.post;
import static io.clinicflow.security.StaffRole.FRONT_DESK;
import static io.clinicflow.security.StaffRole.OPS;

/**
 * Who may call which booking endpoint (ADR 0023): operations set locations and practitioners up, the front desk
 * registers clients and books, every role reads. Records are further scoped to the token's locations (ADR 0024).
 */
@Configuration(proxyBeanMethods = false)
class BookingAccess {

    @Bean
    AccessRules bookingAccessRules() {
        return AccessRules.of(
                post("/api/v1/locations", OPS),
                post("/api/v1/locations/*/closures", OPS),
                post("/api/v1/practitioners", OPS),
                post("/api/v1/practitioners/*/time-off", OPS, FRONT_DESK),
                post("/api/v1/clients", FRONT_DESK),
                post("/api/v1/bookings", FRONT_DESK),
                post("/api/v1/bookings/*/cancel", FRONT_DESK),
                post("/api/v1/bookings/*/reschedule", FRONT_DESK),
                post("/api/v1/bookings/*/no-show", FRONT_DESK),
                post("/api/v1/offers/*/accept", FRONT_DESK),
                get("/api/v1/**", StaffRole.ALL));
    }
}
