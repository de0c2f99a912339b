package io.clinicflow.security;

import org.springframework.http.HttpMethod;

import java.util.Set;

/** Requests of one method on paths matching one pattern are open to these roles (first matching rule wins). */
public record AccessRule(HttpMethod method, String pattern, Set<StaffRole> roles) {

    public AccessRule {
        roles = Set.copyOf(roles);
    }

    public static AccessRule get(String pattern, Set<StaffRole> roles) {
        return new AccessRule(HttpMethod.GET, pattern, roles);
    }

    public static AccessRule post(String pattern, StaffRole... roles) {
        return new AccessRule(HttpMethod.POST, pattern, StaffRole.of(roles));
    }
}
