package io.clinicflow.security;

import org.springframework.http.HttpMethod;

import java.util.Set;

/**
 * Requests of one method on paths matching one pattern are open to these roles (first matching rule wins); no roles
 * means open to anyone, token or not (the dashboard's static page).
 */
public record AccessRule(HttpMethod method, String pattern, Set<StaffRole> roles) {

    public AccessRule {
        roles = Set.copyOf(roles);
    }

    public static AccessRule get(String pattern, Set<StaffRole> roles) {
        return new AccessRule(HttpMethod.GET, pattern, roles);
    }

    /** A page anyone may load, such as the dashboard's HTML, script and style sheet. */
    public static AccessRule open(String pattern) {
        return new AccessRule(HttpMethod.GET, pattern, Set.of());
    }

    public static AccessRule post(String pattern, StaffRole... roles) {
        return new AccessRule(HttpMethod.POST, pattern, StaffRole.of(roles));
    }

    public static AccessRule delete(String pattern, StaffRole... roles) {
        return new AccessRule(HttpMethod.DELETE, pattern, StaffRole.of(roles));
    }
}
