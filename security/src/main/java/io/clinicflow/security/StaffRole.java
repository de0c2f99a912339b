package io.clinicflow.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a member of staff (or a system) may do, as the {@code roles} claim of their token names it: the front desk
 * books, practitioners handle health data, operations run the chain, integrations only read.
 */
public enum StaffRole {
    FRONT_DESK, PRACTITIONER, OPS, INTEGRATION;

    public static final Set<StaffRole> ALL = EnumSet.allOf(StaffRole.class);

    /** The Spring Security authority of this role, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    static String[] names(Set<StaffRole> roles) {
        return roles.stream().map(StaffRole::name).toArray(String[]::new);
    }

    public static Set<StaffRole> of(StaffRole... roles) {
        return roles.length == 0 ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(Arrays.asList(roles));
    }
}
