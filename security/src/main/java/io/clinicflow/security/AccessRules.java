package io.clinicflow.security;

import java.util.List;

/**
 * A service's path-to-role table, declared once as a bean. Health, info, metrics and API docs are open and
 * {@code /api/v1/admin/**} needs a chain-wide {@link StaffRole#OPS} token in every service; a request no rule matches is refused.
 */
@FunctionalInterface
public interface AccessRules {

    List<AccessRule> rules();

    static AccessRules of(AccessRule... rules) {
        List<AccessRule> table = List.of(rules);
        return () -> table;
    }
}
